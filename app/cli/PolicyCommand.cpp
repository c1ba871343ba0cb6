// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PolicyCommand.h"

#include "app/cli/CliSupport.h"
#include "core/common/Crypto.h"
#include "core/common/Translations.h"
#include "core/policy/Fetcher.h"
#include "core/policy/Policy.h"
#include "core/policy/Signing.h"
#include "core/policy/Trust.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

int fail()
{
    return static_cast<int>(ExitCode::Error);
}

bool readFile(const QString& path, CliIo& io, QByteArray& out)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly)) {
        io.err << PolicyCommand::tr("scrim-cli policy: cannot read '%1': %2.")
                      .arg(path, QFileInfo::exists(path) ? f.errorString() : PolicyCommand::tr("no such file"))
               << "\n";
        return false;
    }
    out = f.readAll();
    return true;
}

// Writes `data` to `path` atomically; `secret` makes the file readable by its owner only.
bool writeFile(const QString& path, const std::string& data, bool secret, CliIo& io)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        io.err << PolicyCommand::tr("scrim-cli policy: cannot write '%1': %2.").arg(path, f.errorString()) << "\n";
        return false;
    }
    if (secret) {
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    f.write(data.data(), static_cast<qint64>(data.size()));
    if (!f.commit()) {
        io.err << PolicyCommand::tr("scrim-cli policy: cannot write '%1': %2.").arg(path, f.errorString()) << "\n";
        return false;
    }
    if (secret) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

QString diagnosticText(const QString& file, const PolicyDiagnostic& d)
{
    QString message = QCoreApplication::translate("PolicyLint", d.message.c_str());
    for (const auto& a : d.args) {
        message = message.arg(QString::fromStdString(a));
    }
    return PolicyCommand::tr("%1:%2:%3: error: %4\n    fix: %5")
        .arg(file)
        .arg(d.pos.line)
        .arg(d.pos.column)
        .arg(message, QCoreApplication::translate("PolicyLint", d.fix.c_str()));
}

} // namespace

int PolicyCommand::fetch(const QCommandLineParser& parser,
                         const QCommandLineOption& urlOpt,
                         const QCommandLineOption& pubOpt,
                         const QCommandLineOption& orgOpt,
                         const QCommandLineOption& caOpt,
                         const QCommandLineOption& httpOpt,
                         CliIo& io)
{
    // What to trust: the options, else the managed configuration the installer placed.
    ManagedConfig config;
    const QString managedPath = QString::fromStdString(ManagedConfig::defaultPath());
    if (QFileInfo::exists(managedPath)) {
        QByteArray text;
        if (!readFile(managedPath, io, text)) {
            return fail();
        }
        auto c = ManagedConfig::load(text.toStdString());
        if (!c) {
            io.err << tr("scrim-cli policy fetch: %1").arg(Translations::errorMessage(c.error())) << "\n";
            return fail();
        }
        config = c.value();
    }
    if (parser.isSet(urlOpt)) {
        config.policyUrl = parser.value(urlOpt).toStdString();
    }
    if (parser.isSet(orgOpt)) {
        config.org = parser.value(orgOpt).toStdString();
    }
    if (parser.isSet(caOpt)) {
        config.caFile = parser.value(caOpt).toStdString();
    }
    if (parser.isSet(pubOpt)) {
        config.adminKeysPem.clear();
        for (const QString& path : parser.values(pubOpt)) {
            QByteArray pem;
            if (!readFile(path, io, pem)) {
                return fail();
            }
            config.adminKeysPem.push_back(pem.toStdString());
        }
    }
    if (config.policyUrl.empty() || config.org.empty() || config.adminKeysPem.empty()) {
        io.err
            << tr("scrim-cli policy fetch: give --url, --org and --pubkey (or install a managed configuration at %1).")
                   .arg(managedPath)
            << "\n";
        return fail();
    }
    Fetcher::Options options;
    options.caFile = config.caFile;
    options.allowHttp = parser.isSet(httpOpt);
    const auto download = [&](const std::string& url, std::string& out) -> int {
        options.url = url;
        Fetcher::Failure why = Fetcher::Failure::None;
        auto r = Fetcher::get(options, &why);
        if (!r) {
            io.out << tr("Rejected (%1): %2")
                          .arg(QString::fromUtf8(Fetcher::failureName(why).data()),
                               Translations::errorMessage(r.error()))
                   << "\n";
            return static_cast<int>(ExitCode::Findings);
        }
        out = std::move(r->body);
        return 0;
    };
    std::string bytes;
    std::string sig;
    if (const int rc = download(config.policyUrl, bytes); rc != 0) {
        return rc;
    }
    if (const int rc = download(config.policyUrl + ".sig", sig); rc != 0) {
        return rc;
    }
    Rejection why = Rejection::None;
    auto p = checkPolicy(bytes, sig, config, std::nullopt, QDateTime::currentMSecsSinceEpoch(), &why);
    if (!p) {
        io.out << tr("Rejected (%1): %2")
                      .arg(QString::fromUtf8(rejectionName(why).data()), Translations::errorMessage(p.error()))
               << "\n";
        return static_cast<int>(ExitCode::Findings);
    }
    io.out << tr("Accepted: serial %1 for '%2', issued %3, signed by a pinned key.")
                  .arg(p->serial)
                  .arg(QString::fromStdString(p->org), QString::fromStdString(p->issuedAt))
           << "\n";
    return 0;
}

QString PolicyCommand::description() const
{
    return tr("Write, check, sign and fetch organisation policies (lint, keygen, sign, verify, hash-terms, show, "
              "fetch)");
}

int PolicyCommand::execute(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption keyOpt(u"key"_qs, tr("With sign: the private key (PEM) from policy keygen."), tr("FILE"));
    const QCommandLineOption pubOpt(u"pubkey"_qs, tr("With verify: the admin's public key (PEM)."), tr("FILE"));
    const QCommandLineOption sigOpt(u"sig"_qs, tr("With verify: the signature file (default: FILE.sig)."), tr("FILE"));
    const QCommandLineOption outOpt(
        u"out"_qs, tr("With keygen: where to write PREFIX.key.pem and PREFIX.pub.pem."), tr("PREFIX"));
    const QCommandLineOption saltOpt(
        u"salt"_qs, tr("With hash-terms: the dictionary's salt (hex); a new one when not given."), tr("HEX"));
    const QCommandLineOption urlOpt(
        u"url"_qs, tr("With fetch: the policy's https address (default: from the managed configuration)."), tr("URL"));
    const QCommandLineOption orgOpt(
        u"org"_qs, tr("With fetch: the organisation the policy must be signed for."), tr("ORG"));
    const QCommandLineOption caOpt(
        u"ca"_qs, tr("With fetch: an extra CA bundle for the server's certificate."), tr("FILE"));
    QCommandLineOption httpOpt(u"allow-http"_qs, tr("With fetch: allow plain http (tests only)."));
    httpOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({keyOpt, pubOpt, sigOpt, outOpt, saltOpt, urlOpt, orgOpt, caOpt, httpOpt});
    parser.addPositionalArgument(u"action"_qs, tr("lint, keygen, sign, verify, hash-terms, show or fetch"));
    parser.addPositionalArgument(tr("FILE"), tr("The policy file (hash-terms: a list of terms, one per line)."));
    if (!parser.parse(QStringList{u"scrim-cli policy"_qs} + arguments)) {
        io.err << tr("scrim-cli policy: %1 See 'scrim-cli policy --help'.").arg(parser.errorText()) << "\n";
        return fail();
    }
    if (parser.isSet(u"help"_qs)) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString file = pos.value(1);
    static const QStringList actions{
        u"lint"_qs, u"keygen"_qs, u"sign"_qs, u"verify"_qs, u"hash-terms"_qs, u"show"_qs, u"fetch"_qs};
    if (!actions.contains(action) || pos.size() > 2) {
        io.err << tr("scrim-cli policy: say what to do: lint, keygen, sign, verify, hash-terms, show or fetch (see "
                     "'scrim-cli policy --help').")
               << "\n";
        return fail();
    }
    if (action == u"fetch"_qs) {
        return fetch(parser, urlOpt, pubOpt, orgOpt, caOpt, httpOpt, io);
    }
    const bool needsFile = action == u"lint"_qs || action == u"sign"_qs || action == u"verify"_qs;
    if (needsFile && file.isEmpty()) {
        io.err << tr("scrim-cli policy %1: give the policy file.").arg(action) << "\n";
        return fail();
    }

    if (action == u"keygen"_qs) {
        if (!parser.isSet(outOpt)) {
            io.err << tr("scrim-cli policy keygen: give --out PREFIX (writes PREFIX.key.pem and PREFIX.pub.pem).")
                   << "\n";
            return fail();
        }
        const QString prefix = parser.value(outOpt);
        const QString privPath = prefix + u".key.pem"_qs;
        const QString pubPath = prefix + u".pub.pem"_qs;
        if (QFileInfo::exists(privPath) || QFileInfo::exists(pubPath)) {
            io.err << tr("scrim-cli policy keygen: '%1' or '%2' exists already; a key is never overwritten. Choose "
                         "another prefix.")
                          .arg(privPath, pubPath)
                   << "\n";
            return fail();
        }
        auto pair = Signing::generate();
        if (!pair) {
            io.err << tr("scrim-cli policy keygen: %1").arg(Translations::errorMessage(pair.error())) << "\n";
            return fail();
        }
        if (!writeFile(privPath, pair->privatePem, true, io) || !writeFile(pubPath, pair->publicPem, false, io)) {
            return fail();
        }
        Crypto::wipe(pair->privatePem);
        io.out << tr("Wrote the private key to %1 (readable by you only: keep it off endpoints) and the public key to "
                     "%2 (fingerprint %3; pin it in the managed configuration).")
                      .arg(privPath, pubPath, QString::fromStdString(Signing::fingerprint(pair->publicPem).value()))
               << "\n";
        return 0;
    }

    if (action == u"hash-terms"_qs) {
        QByteArray input;
        if (!CliSupport::readText(file, u"policy hash-terms"_qs, io, input)) {
            return fail();
        }
        std::string salt = parser.value(saltOpt).toStdString();
        if (salt.empty()) {
            salt = Crypto::toHex(Crypto::randomBytes(16));
        } else if (salt.size() < 32 || salt.find_first_not_of("0123456789abcdef") != std::string::npos) {
            io.err << tr("scrim-cli policy hash-terms: --salt must be at least 32 lower-case hex characters.") << "\n";
            return fail();
        }
        std::vector<std::string> hashes;
        for (const QByteArray& line : input.split('\n')) {
            const std::string term = PolicyTerms::normalise(line.trimmed().toStdString());
            if (!term.empty()) {
                hashes.push_back(PolicyTerms::hash(salt, term));
            }
        }
        std::sort(hashes.begin(), hashes.end()); // the order of the list reveals nothing
        hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
        io.out << "{\"salt\": \"" << QString::fromStdString(salt) << "\", \"terms\": [";
        for (std::size_t i = 0; i < hashes.size(); ++i) {
            io.out << (i ? ", " : "") << '"' << QString::fromStdString(hashes[i]) << '"';
        }
        io.out << "]}\n";
        io.err << tr("%n term(s) hashed. Paste the salt and terms into a dictionary of the policy.",
                     nullptr,
                     static_cast<int>(hashes.size()))
               << "\n";
        return 0;
    }

    QByteArray text;
    if (!file.isEmpty() && !readFile(file, io, text)) {
        return fail();
    }
    const std::string_view bytes(text.constData(), static_cast<std::size_t>(text.size()));

    if (action == u"show"_qs) {
        if (file.isEmpty()) {
            io.out << QString::fromStdString(Policy::builtinDefault().toJson());
            return 0;
        }
        std::vector<PolicyDiagnostic> diags;
        auto p = Policy::parse(bytes, diags);
        for (const auto& d : diags) {
            io.err << diagnosticText(file, d) << "\n";
        }
        if (!p) {
            return static_cast<int>(ExitCode::Findings);
        }
        io.out << QString::fromStdString(p->toJson());
        return 0;
    }

    if (action == u"lint"_qs || action == u"sign"_qs) {
        std::vector<PolicyDiagnostic> diags;
        auto p = Policy::parse(bytes, diags);
        for (const auto& d : diags) {
            io.err << diagnosticText(file, d) << "\n";
        }
        if (action == u"lint"_qs) {
            if (diags.empty()) {
                io.out << tr("%1: no problems found (serial %2, org '%3').")
                              .arg(file)
                              .arg(p->serial)
                              .arg(QString::fromStdString(p->org))
                       << "\n";
                return 0;
            }
            io.err << tr("%n problem(s) found.", nullptr, static_cast<int>(diags.size())) << "\n";
            return static_cast<int>(ExitCode::Findings);
        }
        if (!p) {
            io.err << tr("scrim-cli policy sign: the policy has problems (above); fix them first: endpoints would "
                         "reject it.")
                   << "\n";
            return fail();
        }
        QByteArray key;
        if (!parser.isSet(keyOpt) || !readFile(parser.value(keyOpt), io, key)) {
            if (!parser.isSet(keyOpt)) {
                io.err << tr("scrim-cli policy sign: give --key with the private key from policy keygen.") << "\n";
            }
            return fail();
        }
        auto sig = Signing::sign(bytes, std::string_view(key.constData(), static_cast<std::size_t>(key.size())));
        key.fill('\0');
        if (!sig) {
            io.err << tr("scrim-cli policy sign: %1").arg(Translations::errorMessage(sig.error())) << "\n";
            return fail();
        }
        const QString sigPath = file + u".sig"_qs;
        if (!writeFile(sigPath, sig.value() + "\n", false, io)) {
            return fail();
        }
        io.out << tr("Signed: %1 (publish it next to %2).").arg(sigPath, file) << "\n";
        return 0;
    }

    // verify
    if (!parser.isSet(pubOpt)) {
        io.err << tr("scrim-cli policy verify: give --pubkey with the admin's public key.") << "\n";
        return fail();
    }
    QByteArray pub;
    QByteArray sig;
    const QString sigPath = parser.isSet(sigOpt) ? parser.value(sigOpt) : file + u".sig"_qs;
    if (!readFile(parser.value(pubOpt), io, pub) || !readFile(sigPath, io, sig)) {
        return fail();
    }
    auto ok = Signing::verify(bytes,
                              std::string_view(sig.constData(), static_cast<std::size_t>(sig.size())),
                              std::string_view(pub.constData(), static_cast<std::size_t>(pub.size())));
    if (!ok) {
        io.err << tr("scrim-cli policy verify: %1").arg(Translations::errorMessage(ok.error())) << "\n";
        return fail();
    }
    if (!ok.value()) {
        io.out << tr("BAD signature: %1 was not signed by this key, or it changed after signing.").arg(file) << "\n";
        return static_cast<int>(ExitCode::Findings);
    }
    io.out << tr("Good signature: %1 was signed by the key %2.")
                  .arg(file, QString::fromStdString(Signing::fingerprint(pub.toStdString()).value()))
           << "\n";
    return 0;
}
