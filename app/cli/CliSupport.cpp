// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliSupport.h"

#include "core/common/Paths.h"
#include "core/common/Translations.h"
#include "core/common/Utf8.h"
#include "core/detect/RuleSet.h"
#include "core/policy/Policy.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace CliSupport {

namespace {
constexpr qsizetype kBinarySniff = 8192;
}

QString displayName(const QString& path)
{
    // Text typed where a file name belongs ("scrim-cli anonymize 'Patient John Smith …'") must not
    // be echoed into an error message: a name with sensitive values in it is not repeated.
    const QByteArray utf8 = path.toUtf8();
    auto rules = RuleSet::builtin();
    const auto found =
        rules ? rules.value()->scan(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())))
              : Result<std::vector<Finding>>(rules.error());
    if (!found || !found->empty()) {
        return Command::tr("the file named in the command (its name is not repeated: it holds what looks like "
                           "sensitive data; to work on text, pipe it through standard input)");
    }
    return u'\'' + path + u'\'';
}

bool readText(const QString& path, const QString& command, CliIo& io, QByteArray& out)
{
    QFile file;
    QIODevice* device = io.in;
    QString name = u"<stdin>"_qs;
    if (!path.isEmpty() && path != u"-"_qs) {
        name = path;
        const QFileInfo info(path);
        if (!info.exists()) {
            io.err << Command::tr("scrim-cli %1: cannot read %2: no such file. Check the path, or use - to read "
                                  "standard input.")
                          .arg(command, displayName(path))
                   << "\n";
            return false;
        }
        if (info.isDir()) {
            io.err << Command::tr("scrim-cli %1: '%2' is a folder; give a file.").arg(command, path) << "\n";
            return false;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << Command::tr("scrim-cli %1: cannot open '%2': %3.").arg(command, path, file.errorString()) << "\n";
            return false;
        }
        device = &file;
    }
    if (device == nullptr) {
        io.err << Command::tr("scrim-cli %1: there is no standard input to read.").arg(command) << "\n";
        return false;
    }
    out = device->readAll();
    if (device->isSequential() ? false : out.size() < device->size()) {
        io.err << Command::tr("scrim-cli %1: reading '%2' failed: %3.").arg(command, name, device->errorString())
               << "\n";
        return false;
    }
    const void* nul = std::memchr(out.constData(), '\0', static_cast<std::size_t>(std::min(out.size(), kBinarySniff)));
    if (nul != nullptr) {
        io.err << Command::tr("scrim-cli %1: '%2' looks binary (a NUL byte at offset %3). Scrim works on text; "
                              "extract the text first.")
                      .arg(command, name)
                      .arg(static_cast<const char*>(nul) - out.constData())
               << "\n";
        return false;
    }
    std::uint64_t invalid = 0;
    Utf8::Validator v;
    v.feed(std::string_view(out.constData(), static_cast<std::size_t>(out.size())), [&](std::uint64_t) { ++invalid; });
    v.finish([&](std::uint64_t) { ++invalid; });
    if (invalid > 0) {
        io.err << Command::tr("scrim-cli %1: warning: '%2' has %n byte(s) that are not valid UTF-8; they are kept "
                              "as they are and never match a rule.",
                              nullptr,
                              static_cast<int>(std::min<std::uint64_t>(invalid, INT32_MAX)))
                      .arg(command, name)
               << "\n";
    }
    return true;
}

bool openVault(const QString& command, CliIo& io, bool create, VaultAccess& out, bool* missing)
{
    Store::Options options;
    if (!create) {
        options.key.allowCreate = false;
        const QString dbPath = Paths::dataDir() + u'/' + options.fileName;
        if (!QFileInfo::exists(dbPath)) {
            if (missing != nullptr) {
                *missing = true;
            }
            return false;
        }
    }
    auto store = Store::open(options);
    if (!store) {
        io.err << Command::tr("scrim-cli %1: the encrypted store cannot be opened: %2")
                      .arg(command, Translations::errorMessage(store.error()))
               << "\n";
        return false;
    }
    out.store = std::make_unique<Store>(std::move(store.value()));
    if (!out.store->report().warning.empty()) {
        io.err << Command::tr("scrim-cli %1: warning: %2")
                      .arg(command, QCoreApplication::translate("CoreErrors", out.store->report().warning.c_str()))
               << "\n";
    }
    auto log = AuditLog::open(*out.store);
    if (!log) {
        io.err << Command::tr("scrim-cli %1: %2").arg(command, Translations::errorMessage(log.error())) << "\n";
        return false;
    }
    out.log.emplace(std::move(log.value()));
    // Until policies are fetched, the built-in default policy sets the vault's TTL.
    TokenVault::Options vaultOptions;
    vaultOptions.ttlMs = static_cast<std::int64_t>(Policy::builtinDefault().vaultTtlHours) * 3600 * 1000;
    auto vault = StoreVault::open(*out.store, vaultOptions);
    if (!vault) {
        io.err << Command::tr("scrim-cli %1: the token vault cannot be used: %2")
                      .arg(command, Translations::errorMessage(vault.error()))
               << "\n";
        return false;
    }
    out.vault = std::move(vault.value());
    return true;
}

void stampEvent(AuditEvent& event)
{
    event.stamp("scrim-cli");
}

} // namespace CliSupport
