// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RulesCommand.h"

#include "core/detect/BuiltinRules.h"
#include "core/detect/Dates.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

QString RulesCommand::description() const
{
    return tr("List the built-in detection rules");
}

int RulesCommand::execute(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption formatOpt(
        u"format"_qs, tr("Output format: text (default), json or markdown."), tr("FORMAT"), u"text"_qs);
    parser.addOption(formatOpt);
    if (!parser.parse(QStringList{u"scrim-cli rules"_qs} + arguments)) {
        io.err << tr("scrim-cli rules: %1 See 'scrim-cli rules --help'.").arg(parser.errorText()) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    if (parser.isSet(u"help"_qs)) {
        io.out << parser.helpText();
        return 0;
    }
    const QString format = parser.value(formatOpt);
    auto rules = BuiltinRules::all();
    rules.push_back(Dates::listing());
    // "Needs context" as a column says it: a word nearby, or for dates a person-linked value nearby.
    const auto needsContext = [](const Rule& r) {
        return r.id == Dates::kRuleId ? tr("a person-linked value nearby")
                                      : (r.baseScore + kMaxValidatorBonus < r.minScore ? tr("yes") : QString());
    };
    if (format == u"json"_qs) {
        QJsonArray list;
        for (const auto& r : rules) {
            list.append(QJsonObject{
                {u"id"_qs, qs(r.id)},
                {u"type"_qs, qs(entityTypeName(r.type))},
                {u"category"_qs, qs(categoryName(r.category))},
                {u"reason"_qs, QCoreApplication::translate("Rules", r.reason.c_str())},
                {u"validator"_qs, qs(r.validator)},
                {u"needs_context"_qs, !needsContext(r).isEmpty()},
            });
        }
        io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (format == u"markdown"_qs) {
        io.out << u"| %1 | %2 | %3 | %4 | %5 | %6 |\n|---|---|---|---|---|---|\n"_qs.arg(
            tr("id"), tr("type"), tr("category"), tr("what it finds"), tr("validator"), tr("needs context"));
        for (const auto& r : rules) {
            io.out << "| `" << qs(r.id) << "` | " << qs(entityTypeName(r.type)) << " | " << qs(categoryName(r.category))
                   << " | " << QCoreApplication::translate("Rules", r.reason.c_str()) << " | "
                   << (r.validator.empty() ? u"–"_qs : u"`"_qs + qs(r.validator) + u'`') << " | " << needsContext(r)
                   << " |\n";
        }
        return 0;
    }
    if (format != u"text"_qs) {
        io.err << tr("scrim-cli rules: unknown format '%1'; use text, json or markdown.").arg(format) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    // The id column as wide as the longest id, and a space.
    int idWidth = 0;
    for (const auto& r : rules) {
        idWidth = std::max(idWidth, static_cast<int>(r.id.size()) + 2);
    }
    for (const auto& r : rules) {
        io.out << qs(r.id).leftJustified(idWidth) << qs(categoryName(r.category)).leftJustified(14)
               << qs(entityTypeName(r.type)).leftJustified(18) << QCoreApplication::translate("Rules", r.reason.c_str())
               << "\n";
    }
    io.out << tr("%n rule(s).", nullptr, static_cast<int>(rules.size())) << "\n";
    return 0;
}
