// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AnonymizeCommand.h"

#include "app/cli/CliSupport.h"
#include "core/common/Translations.h"
#include "core/common/Utf8.h"
#include "core/detect/Masking.h"
#include "core/detect/RuleSet.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"
#include "core/redact/Anonymizer.h"
#include "core/redact/Restorer.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <optional>

namespace {

constexpr auto kDefaultSession = "default";

int fail()
{
    return static_cast<int>(ExitCode::Error);
}

// Parses the common options; returns false (after printing) on a usage error or --help.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, CliIo& io, int& exit)
{
    if (!parser.parse(QStringList{u"scrim-cli "_qs + command} + arguments)) {
        io.err << Command::tr("scrim-cli %1: %2 See 'scrim-cli %1 --help'.").arg(command, parser.errorText()) << "\n";
        exit = fail();
        return false;
    }
    if (parser.isSet(u"help"_qs)) {
        io.out << parser.helpText();
        exit = 0;
        return false;
    }
    return true;
}

bool checkSession(const QString& command, const QString& session, CliIo& io)
{
    if (!TokenVault::validSessionName(session.toStdString())) {
        io.err << Command::tr("scrim-cli %1: '%2' is not a session name: use 1 to 64 letters, digits, '.', '_' "
                              "or '-'.")
                      .arg(command, session)
               << "\n";
        return false;
    }
    return true;
}

// 1-based line and column (code points) of a byte offset.
std::pair<std::uint64_t, std::uint64_t> lineColumn(std::string_view text, std::size_t offset)
{
    Utf8::PositionTracker t;
    t.advance(text.substr(0, offset));
    return {t.position().line, t.position().column};
}

// Writes text byte for byte (bytes that are not UTF-8 survive) when the stream has a device.
void writeRaw(QTextStream& out, std::string_view text)
{
    out.flush();
    if (QIODevice* d = out.device()) {
        d->write(text.data(), static_cast<qint64>(text.size()));
    } else {
        out << qs(text);
    }
}

} // namespace

// ---- anonymize ----

QString AnonymizeCommand::description() const
{
    return tr("Replace sensitive values with tokens that 'restore' can undo");
}

int AnonymizeCommand::execute(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption sessionOpt(u"session"_qs,
                                        tr("The vault session (one conversation with an AI tool; default: default)."),
                                        tr("NAME"),
                                        QString::fromLatin1(kDefaultSession));
    const QCommandLineOption operatorOpt(u"operator"_qs,
                                         tr("token (default; restorable), surrogate (realistic fakes; restorable), "
                                            "mask, redact or hash (one-way)."),
                                         tr("OP"),
                                         u"token"_qs);
    const QCommandLineOption jsonOpt(u"json"_qs, tr("Print JSON: the text and the replacements by token and type."));
    const QCommandLineOption showOpt(u"show-values"_qs,
                                     tr("With --json: include the original values (off by default)."));
    const QCommandLineOption policyOpt(u"policy"_qs,
                                       tr("A policy file: its custom rules, dictionaries and allowlist apply, and its "
                                          "operators for approved AI tools unless --operator is given."),
                                       tr("FILE"));
    parser.addOptions({sessionOpt, operatorOpt, jsonOpt, showOpt, policyOpt});
    parser.addPositionalArgument(
        tr("FILE"), tr("The text to anonymize; - or nothing reads standard input."), tr("[FILE|-]"));
    int exit = 0;
    if (!parse(parser, name(), arguments, io, exit)) {
        return exit;
    }
    const QString session = parser.value(sessionOpt);
    if (!checkSession(name(), session, io)) {
        return fail();
    }
    const auto op = operatorFromName(parser.value(operatorOpt).toStdString());
    if (!op) {
        io.err << tr("scrim-cli anonymize: unknown operator '%1'; use token, surrogate, mask, redact or hash.")
                      .arg(parser.value(operatorOpt))
               << "\n";
        return fail();
    }
    if (parser.isSet(showOpt) && !parser.isSet(jsonOpt)) {
        io.err << tr("scrim-cli anonymize: --show-values goes with --json.") << "\n";
        return fail();
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        io.err << tr("scrim-cli anonymize: give one file (or - for standard input), not %1.").arg(positional.size())
               << "\n";
        return fail();
    }
    QByteArray input;
    if (!CliSupport::readText(positional.value(0), name(), io, input)) {
        return fail();
    }
    const std::string_view text(input.constData(), static_cast<std::size_t>(input.size()));
    std::optional<Policy> policy;
    if (parser.isSet(policyOpt)) {
        QFile f(parser.value(policyOpt));
        std::vector<PolicyDiagnostic> diags;
        auto p = f.open(QIODevice::ReadOnly) ? Policy::parse(f.readAll().toStdString(), diags)
                                             : Result<Policy>(Error{ErrorCode::NotFound, {}});
        if (!p) {
            io.err << tr("scrim-cli anonymize: the policy '%1' cannot be used; 'scrim-cli policy lint %1' says why.")
                          .arg(parser.value(policyOpt))
                   << "\n";
            return fail();
        }
        policy = std::move(p.value());
    }
    auto rules = policy ? PolicyRules::ruleSet(*policy) : RuleSet::builtin();
    if (!rules) {
        io.err << tr("scrim-cli anonymize: the rules could not be loaded: %1")
                      .arg(Translations::errorMessage(rules.error()))
               << "\n";
        return fail();
    }
    auto found = rules.value()->scan(text);
    if (!found) {
        io.err << tr("scrim-cli anonymize: the text could not be scanned, so nothing was printed: %1")
                      .arg(Translations::errorMessage(found.error()))
               << "\n";
        return fail();
    }
    CliSupport::VaultAccess access;
    if (!CliSupport::openVault(name(), io, true, access)) {
        return fail();
    }
    Anonymizer::Options options;
    options.defaultOperator = *op;
    if (policy && !parser.isSet(operatorOpt)) {
        // The policy's operator per category, as for a paste into an approved AI tool.
        for (std::size_t c = 0; c < options.perCategory.size(); ++c) {
            options.perCategory[c] = policy->handle(static_cast<Category>(c), Destination::ApprovedAi).op;
        }
    }
    options.hashKey = access.vault->hashKey();
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    const Anonymizer anonymizer(options);
    // Anonymized and stored as one unit: a printed token that cannot be restored would lose the
    // user's data, and another process may be anonymizing into the same session.
    std::optional<AnonymizeResult> result;
    std::optional<Error> anonymizeError;
    std::vector<Finding> findings =
        policy ? PolicyRules::withPolicy(text, std::move(found.value()), *policy) : std::move(found.value());
    auto stored = access.vault->update(session.toStdString(), [&](TokenMap& map) -> Result<void> {
        auto r = anonymizer.anonymize(text, std::move(findings), map);
        if (!r) {
            anonymizeError = r.error();
            return r.error();
        }
        result.emplace(std::move(r.value()));
        return {};
    });
    if (anonymizeError) {
        io.err << tr("scrim-cli anonymize: %1").arg(Translations::errorMessage(*anonymizeError)) << "\n";
        return fail();
    }
    if (!stored) {
        io.err << tr("scrim-cli anonymize: the vault could not keep the originals, so nothing was printed: %1")
                      .arg(Translations::errorMessage(stored.error()))
               << "\n";
        return fail();
    }
    AuditEvent event;
    event.type = AuditEventType::AnonymizedCopy;
    event.action = std::string(operatorName(*op));
    event.describeFindings(result->findings);
    event.contentHmac = access.log->contentHash(text);
    CliSupport::stampEvent(event);
    if (auto r = access.log->append(std::move(event)); !r) {
        io.err << tr("scrim-cli anonymize: the audit log could not record this, so nothing was printed: %1")
                      .arg(Translations::errorMessage(r.error()))
               << "\n";
        return fail();
    }

    const std::size_t replaced = result->findings.size();
    if (parser.isSet(jsonOpt)) {
        // One entry per distinct replacement: a token used three times is listed once with count 3.
        std::map<std::string, QJsonObject> byReplacement;
        std::vector<std::string> order;
        for (const auto& r : result->replacements) {
            auto it = byReplacement.find(r.replacement);
            if (it == byReplacement.end()) {
                QJsonObject o{{u"replacement"_qs, qs(r.replacement)},
                              {u"type"_qs, qs(entityTypeName(r.type))},
                              {u"category"_qs, qs(categoryName(r.category))},
                              {u"rule"_qs, qs(r.ruleId)},
                              {u"operator"_qs, qs(operatorName(r.op))},
                              {u"literal"_qs, r.literal},
                              {u"count"_qs, 0}};
                if (parser.isSet(showOpt)) {
                    o.insert(u"value"_qs, qs(text.substr(r.start, r.end - r.start)));
                } else {
                    o.insert(u"masked"_qs, qs(Masking::forDisplay(r.type, text.substr(r.start, r.end - r.start))));
                }
                it = byReplacement.emplace(r.replacement, o).first;
                order.push_back(r.replacement);
            }
            it->second[u"count"_qs] = it->second[u"count"_qs].toInt() + 1;
        }
        QJsonArray list;
        for (const auto& key : order) {
            list.append(byReplacement[key]);
        }
        const QJsonObject doc{{u"session"_qs, session},
                              {u"operator"_qs, qs(operatorName(*op))},
                              {u"text"_qs, qs(result->text)},
                              {u"replacements"_qs, list}};
        io.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        writeRaw(io.out, result->text);
    }
    io.out.flush();
    if (*op == Operator::Token || *op == Operator::Surrogate) {
        io.err << tr("%n value(s) replaced. Restore the AI's answer with: scrim-cli restore --session %1",
                     nullptr,
                     static_cast<int>(replaced))
                      .arg(session)
               << "\n";
    } else {
        io.err << tr("%n value(s) replaced (%1: cannot be restored).", nullptr, static_cast<int>(replaced))
                      .arg(qs(operatorName(*op)))
               << "\n";
    }
    return 0;
}

// ---- restore ----

QString RestoreCommand::description() const
{
    return tr("Put the original values back into an AI's answer");
}

int RestoreCommand::execute(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption sessionOpt(u"session"_qs,
                                        tr("The vault session the tokens came from (default: default)."),
                                        tr("NAME"),
                                        QString::fromLatin1(kDefaultSession));
    const QCommandLineOption jsonOpt(u"json"_qs, tr("Print JSON: the restored text and what was reported."));
    parser.addOptions({sessionOpt, jsonOpt});
    parser.addPositionalArgument(tr("FILE"), tr("The AI's answer; - or nothing reads standard input."), tr("[FILE|-]"));
    int exit = 0;
    if (!parse(parser, name(), arguments, io, exit)) {
        return exit;
    }
    const QString session = parser.value(sessionOpt);
    if (!checkSession(name(), session, io)) {
        return fail();
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        io.err << tr("scrim-cli restore: give one file (or - for standard input), not %1.").arg(positional.size())
               << "\n";
        return fail();
    }
    QByteArray input;
    if (!CliSupport::readText(positional.value(0), name(), io, input)) {
        return fail();
    }
    const std::string_view answer(input.constData(), static_cast<std::size_t>(input.size()));
    CliSupport::VaultAccess access;
    bool missing = false;
    if (!CliSupport::openVault(name(), io, false, access, &missing)) {
        if (missing) {
            // The answer is passed through unchanged: a pipeline must not lose it.
            writeRaw(io.out, answer);
            io.err << tr("scrim-cli restore: there is no vault yet, so there is nothing to restore; the text was "
                         "left as it is. Anonymize a text first.")
                   << "\n";
            return static_cast<int>(ExitCode::Findings);
        }
        return fail();
    }
    auto state = access.vault->state(session.toStdString());
    if (!state) {
        io.err << tr("scrim-cli restore: %1").arg(Translations::errorMessage(state.error())) << "\n";
        return fail();
    }
    if (state.value() == SessionState::Unknown) {
        writeRaw(io.out, answer);
        io.err << tr("scrim-cli restore: there is no session '%1', so the text was left as it is. 'scrim-cli session "
                     "list' shows the sessions.")
                      .arg(session)
               << "\n";
        return static_cast<int>(ExitCode::Findings);
    }
    auto map = access.vault->load(session.toStdString());
    if (!map) {
        io.err << tr("scrim-cli restore: %1").arg(Translations::errorMessage(map.error())) << "\n";
        return fail();
    }
    auto rules = RuleSet::builtin();
    const RestoreResult result = restoreText(answer, map.value(), rules ? rules.value().get() : nullptr);

    AuditEvent event;
    event.type = AuditEventType::Restored;
    event.action = "restore";
    event.describeFindings(result.unexpected);
    event.preview = std::to_string(result.restored) + " restored, " + std::to_string(result.unknownTokens.size())
                    + " unknown, " + std::to_string(result.retiredTokens.size()) + " expired, "
                    + std::to_string(result.unexpected.size()) + " unexpected";
    event.contentHmac = access.log->contentHash(answer);
    CliSupport::stampEvent(event);
    if (auto r = access.log->append(std::move(event)); !r) {
        io.err << tr("scrim-cli restore: the audit log could not record this, so nothing was printed: %1")
                      .arg(Translations::errorMessage(r.error()))
               << "\n";
        return fail();
    }

    const bool report = !result.unknownTokens.empty() || !result.retiredTokens.empty() || !result.unexpected.empty();
    if (parser.isSet(jsonOpt)) {
        QJsonArray unknown;
        for (const auto& t : result.unknownTokens) {
            unknown.append(qs(t));
        }
        QJsonArray retired;
        for (const auto& t : result.retiredTokens) {
            retired.append(qs(t));
        }
        QJsonArray unexpected;
        for (const auto& f : result.unexpected) {
            const auto [line, column] = lineColumn(answer, f.start);
            unexpected.append(
                QJsonObject{{u"type"_qs, qs(entityTypeName(f.type))},
                            {u"category"_qs, qs(categoryName(f.category))},
                            {u"rule"_qs, qs(f.ruleId)},
                            {u"line"_qs, static_cast<qint64>(line)},
                            {u"column"_qs, static_cast<qint64>(column)},
                            {u"masked"_qs, qs(Masking::forDisplay(f.type, answer.substr(f.start, f.length())))}});
        }
        const QJsonObject doc{{u"session"_qs, session},
                              {u"state"_qs, qs(sessionStateName(state.value()))},
                              {u"text"_qs, qs(result.text)},
                              {u"restored"_qs, static_cast<qint64>(result.restored)},
                              {u"unknown_tokens"_qs, unknown},
                              {u"expired_tokens"_qs, retired},
                              {u"unexpected"_qs, unexpected}};
        io.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        io.out.flush();
        return report ? static_cast<int>(ExitCode::Findings) : 0;
    }
    writeRaw(io.out, result.text);
    io.err << tr("%n token(s) restored.", nullptr, static_cast<int>(result.restored)) << "\n";
    if (state.value() != SessionState::Active) {
        io.err << tr("Session '%1' has %2: its originals were deleted, so its tokens stay as they are.")
                      .arg(session, state.value() == SessionState::Expired ? tr("expired") : tr("been forgotten"))
               << "\n";
    }
    if (!result.retiredTokens.empty()) {
        QStringList t;
        for (const auto& k : result.retiredTokens) {
            t << qs(k);
        }
        io.err << tr("Left as they are (their originals expired or were forgotten): %1").arg(t.join(u", "_qs)) << "\n";
    }
    if (!result.unknownTokens.empty()) {
        QStringList t;
        for (const auto& k : result.unknownTokens) {
            t << qs(k);
        }
        io.err << tr("Left as they are (session '%1' never issued them): %2").arg(session, t.join(u", "_qs)) << "\n";
    }
    if (!result.unexpected.empty()) {
        io.err << tr("The answer contains %n sensitive value(s) that did not come from this session:",
                     nullptr,
                     static_cast<int>(result.unexpected.size()))
               << "\n";
        for (const auto& f : result.unexpected) {
            const auto [line, column] = lineColumn(answer, f.start);
            io.err << "  " << line << ':' << column << ' ' << qs(categoryName(f.category)) << ' '
                   << qs(entityTypeName(f.type)) << ' '
                   << qs(Masking::forDisplay(f.type, answer.substr(f.start, f.length()))) << "\n";
        }
    }
    return report ? static_cast<int>(ExitCode::Findings) : 0;
}

// ---- session ----

QString SessionCommand::description() const
{
    return tr("List the vault's sessions or forget them (list, forget)");
}

int SessionCommand::execute(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption allOpt(u"all"_qs, tr("With forget: forget every session."));
    const QCommandLineOption jsonOpt(u"json"_qs, tr("With list: print JSON."));
    parser.addOptions({allOpt, jsonOpt});
    parser.addPositionalArgument(u"action"_qs, tr("list, or forget NAME"));
    int exit = 0;
    if (!parse(parser, name(), arguments, io, exit)) {
        return exit;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const bool list = action == u"list"_qs && pos.size() == 1;
    const bool forgetOne = action == u"forget"_qs && pos.size() == 2 && !parser.isSet(allOpt);
    const bool forgetAll = action == u"forget"_qs && pos.size() == 1 && parser.isSet(allOpt);
    if (!list && !forgetOne && !forgetAll) {
        io.err
            << (action.isEmpty() || action == u"list"_qs || action == u"forget"_qs
                    ? tr("scrim-cli session: say what to do: list, forget NAME or forget --all.")
                    : tr("scrim-cli session: unknown action '%1'; use list, forget NAME or forget --all.").arg(action))
            << "\n";
        return fail();
    }
    if (forgetOne && !checkSession(name(), pos.value(1), io)) {
        return fail();
    }
    CliSupport::VaultAccess access;
    bool missing = false;
    if (!CliSupport::openVault(name(), io, false, access, &missing)) {
        if (missing) {
            io.out << tr("There are no sessions yet.") << "\n";
            return forgetOne ? fail() : 0;
        }
        return fail();
    }
    if (forgetOne) {
        auto r = access.vault->forget(pos.value(1).toStdString());
        if (!r) {
            io.err << tr("scrim-cli session: %1").arg(Translations::errorMessage(r.error())) << "\n";
            return fail();
        }
        if (!r.value()) {
            io.err << tr("scrim-cli session: there is no session '%1'.").arg(pos.value(1)) << "\n";
            return fail();
        }
        io.out << tr("Session '%1' forgotten: its originals are deleted; its tokens can no longer be restored.")
                      .arg(pos.value(1))
               << "\n";
        return 0;
    }
    if (forgetAll) {
        auto r = access.vault->forgetAll();
        if (!r) {
            io.err << tr("scrim-cli session: %1").arg(Translations::errorMessage(r.error())) << "\n";
            return fail();
        }
        io.out << tr("%n session(s) forgotten.", nullptr, static_cast<int>(r.value())) << "\n";
        return 0;
    }
    auto sessions = access.vault->list();
    if (!sessions) {
        io.err << tr("scrim-cli session: %1").arg(Translations::errorMessage(sessions.error())) << "\n";
        return fail();
    }
    const auto time = [](std::int64_t ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    if (parser.isSet(jsonOpt)) {
        QJsonArray arr;
        for (const auto& s : sessions.value()) {
            arr.append(QJsonObject{{u"name"_qs, qs(s.name)},
                                   {u"state"_qs, qs(sessionStateName(s.state))},
                                   {u"created"_qs, time(s.createdMs)},
                                   {u"last_used"_qs, time(s.usedMs)},
                                   {u"expires"_qs, time(s.expiresMs)},
                                   {u"entries"_qs, static_cast<qint64>(s.entries)}});
        }
        io.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto& s : sessions.value()) {
        io.out << qs(s.name) << "  " << qs(sessionStateName(s.state)) << "  "
               << tr("last used %1, expires %2, %n value(s)", nullptr, static_cast<int>(s.entries))
                      .arg(time(s.usedMs), time(s.expiresMs))
               << "\n";
    }
    io.out << tr("%n session(s).", nullptr, static_cast<int>(sessions->size())) << "\n";
    return 0;
}
