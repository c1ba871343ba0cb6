// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/LogCommand.h"

#include "core/audit/AuditExport.h"
#include "core/audit/AuditLog.h"
#include "core/common/Paths.h"
#include "core/common/Translations.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

QString LogCommand::description() const
{
    return tr("Show, verify, export or purge the encrypted audit log (list, verify, export, purge)");
}

int LogCommand::execute(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption limitOpt(
        u"limit"_qs, tr("With list: how many of the newest events (default 50)."), tr("N"), u"50"_qs);
    const QCommandLineOption daysOpt(
        u"older-than-days"_qs, tr("With purge: delete events older than this many days."), tr("DAYS"));
    const QCommandLineOption formatOpt(
        u"format"_qs, tr("With export: jsonl (default) or csv."), tr("FORMAT"), u"jsonl"_qs);
    parser.addOptions({limitOpt, daysOpt, formatOpt});
    parser.addPositionalArgument(u"action"_qs, tr("list, verify, export or purge"));
    if (!parser.parse(QStringList{u"scrim-cli log"_qs} + arguments)) {
        io.err << tr("scrim-cli log: %1 See 'scrim-cli log --help'.").arg(parser.errorText()) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    if (parser.isSet(u"help"_qs)) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    static const QStringList actions{u"list"_qs, u"verify"_qs, u"export"_qs, u"purge"_qs};
    if (pos.size() != 1 || !actions.contains(pos.front())) {
        io.err << tr("scrim-cli log: say what to do: list, verify, export or purge (see 'scrim-cli log --help').")
               << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    const QString action = pos.front();
    const QString format = parser.value(formatOpt);
    if (action == u"export"_qs && format != u"jsonl"_qs && format != u"csv"_qs) {
        io.err << tr("scrim-cli log export: unknown format '%1'; use jsonl or csv.").arg(format) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    qint64 days = 0;
    if (action == u"purge"_qs) {
        bool ok = false;
        days = parser.value(daysOpt).toLongLong(&ok);
        if (!ok || days < 1) {
            io.err << tr("scrim-cli log purge: give --older-than-days with a number of days (1 or more).") << "\n";
            return static_cast<int>(ExitCode::Error);
        }
    }
    // Reading the log must not create one: without a store there is nothing to list or verify.
    Store::Options storeOptions;
    storeOptions.key.allowCreate = false;
    const QString dbPath = Paths::dataDir() + u'/' + storeOptions.fileName;
    if (!QFileInfo::exists(dbPath)) {
        io.out << tr("There is no audit log yet (nothing has been recorded in %1).").arg(Paths::dataDir()) << "\n";
        return 0;
    }
    auto store = Store::open(storeOptions);
    if (!store) {
        io.err << tr("scrim-cli log: the encrypted store cannot be opened: %1")
                      .arg(Translations::errorMessage(store.error()))
               << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    if (!store->report().warning.empty()) {
        io.err << tr("scrim-cli log: warning: %1")
                      .arg(QCoreApplication::translate("CoreErrors", store->report().warning.c_str()))
               << "\n";
    }
    auto log = AuditLog::open(store.value());
    if (!log) {
        io.err << tr("scrim-cli log: %1").arg(Translations::errorMessage(log.error())) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    if (action == u"purge"_qs) {
        const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - days * 24 * 3600 * 1000;
        auto purged = log->purgeOlderThan(cutoff);
        if (!purged) {
            io.err << tr("scrim-cli log purge: %1").arg(Translations::errorMessage(purged.error())) << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        io.out << tr("%n event(s) older than %1 day(s) deleted; the chain records where it now starts.",
                     nullptr,
                     static_cast<int>(purged.value()))
                      .arg(days)
               << "\n";
        return 0;
    }
    if (action == u"export"_qs) {
        auto events = log->all();
        if (!events) {
            io.err << tr("scrim-cli log export: %1").arg(Translations::errorMessage(events.error())) << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        const auto f = format == u"csv"_qs ? AuditExport::Format::Csv : AuditExport::Format::Jsonl;
        io.out << AuditExport::header(f);
        for (const auto& e : events.value()) {
            io.out << AuditExport::line(e, f);
        }
        // The export is itself recorded.
        AuditEvent exported;
        exported.type = AuditEventType::LogExported;
        exported.action = format.toStdString();
        exported.preview = std::to_string(events->size()) + " events";
        if (auto r = log->append(exported); !r) {
            io.err << tr("scrim-cli log export: %1").arg(Translations::errorMessage(r.error())) << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        return 0;
    }
    if (action == u"verify"_qs) {
        auto v = log->verify();
        if (!v) {
            io.err << tr("scrim-cli log verify: %1").arg(Translations::errorMessage(v.error())) << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        if (v->ok()) {
            io.out << tr(
                "The audit log's chain is intact: %n event(s) checked.", nullptr, static_cast<int>(v->rowsChecked))
                   << "\n";
            if (v->unanchoredTail > 0) {
                io.out << tr("The last %n event(s) come after the last anchor: had they been cut off, this check "
                             "could not tell.",
                             nullptr,
                             static_cast<int>(v->unanchoredTail))
                       << "\n";
            }
            return 0;
        }
        io.out << tr("The audit log's chain is broken at event %1: %2. Events before it are intact.")
                      .arg(*v->firstBrokenSeq)
                      .arg(QCoreApplication::translate("CoreErrors", v->problem.c_str()))
               << "\n";
        return static_cast<int>(ExitCode::Findings);
    }
    bool ok = false;
    const int limit = parser.value(limitOpt).toInt(&ok);
    if (!ok || limit < 1) {
        io.err << tr("scrim-cli log: --limit must be a positive number.") << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    auto events = log->list(static_cast<std::size_t>(limit));
    if (!events) {
        io.err << tr("scrim-cli log list: %1").arg(Translations::errorMessage(events.error())) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    for (const auto& e : events.value()) {
        io.out << e.seq << "  " << QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs) << "  "
               << qs(auditEventTypeName(e.type)) << "  " << qs(e.categories) << "  " << qs(e.action) << "  "
               << qs(e.preview) << "\n";
    }
    io.out << tr("%n event(s).", nullptr, static_cast<int>(events->size())) << "\n";
    return 0;
}
