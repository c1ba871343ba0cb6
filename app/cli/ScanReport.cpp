// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ScanReport.h"

#include "app/cli/Command.h"
#include "core/detect/Dates.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace {

QString summaryLine(const ReportSummary& s)
{
    const QString dates =
        s.dates == 0 ? QString() : ScanReport::tr(" %n date(s) listed, never counted.", nullptr, s.dates);
    if (s.total == 0) {
        return ScanReport::tr("%1: no findings (%2 scanned).")
                   .arg(s.input, QLocale().formattedDataSize(static_cast<qint64>(s.bytes)))
               + dates;
    }
    QStringList parts;
    for (const auto& [cat, n] : s.byCategory) {
        parts << u"%1 %2"_qs.arg(n).arg(qs(cat));
    }
    return ScanReport::tr("%1: %n finding(s) (%2).", nullptr, s.total).arg(s.input, parts.join(u", "_qs)) + dates;
}

class TextReport final : public ScanReport
{
public:
    TextReport(QTextStream& out, const QString& input)
        : m_out(out)
        , m_inputPlaceholder(input + u':')
    {}
    void add(const ReportFinding& r) override
    {
        const auto& l = r.located;
        const auto& f = l.finding;
        m_out << m_inputPlaceholder << l.begin.line << ':' << l.begin.column << ": " << qs(categoryName(f.category))
              << ' ' << qs(entityTypeName(f.type)) << ' ' << (r.value.isEmpty() ? r.masked : r.value) << "  "
              << reason(f) << (f.testValue ? ScanReport::tr(" (documented test value)") : QString()) << " ["
              << qs(f.ruleId) << ", " << QString::number(f.score, 'f', 2) << "]\n";
    }
    void finish(const ReportSummary& s) override { m_out << summaryLine(s) << "\n"; }

private:
    QTextStream& m_out;
    QString m_inputPlaceholder;
};

QJsonObject findingJson(const ReportFinding& r)
{
    const auto& l = r.located;
    const auto& f = l.finding;
    QJsonObject o{
        {u"rule"_qs, qs(f.ruleId)},
        {u"type"_qs, qs(entityTypeName(f.type))},
        {u"category"_qs, qs(categoryName(f.category))},
        {u"score"_qs, f.score},
        {u"reason"_qs, ScanReport::reason(f)},
        {u"start"_qs, static_cast<qint64>(f.start)},
        {u"end"_qs, static_cast<qint64>(f.end)},
        {u"codepoint_start"_qs, static_cast<qint64>(l.begin.codePoint)},
        {u"codepoint_end"_qs, static_cast<qint64>(l.codePointEnd)},
        {u"line"_qs, static_cast<qint64>(l.begin.line)},
        {u"column"_qs, static_cast<qint64>(l.begin.column)},
        {u"end_line"_qs, static_cast<qint64>(l.endLine)},
        {u"end_column"_qs, static_cast<qint64>(l.endColumn)},
        {u"value_masked"_qs, r.masked},
        {u"test_value"_qs, f.testValue},
    };
    if (!r.value.isEmpty()) {
        o.insert(u"value"_qs, r.value);
    }
    return o;
}

QJsonArray invalidJson(const ReportSummary& s)
{
    QJsonArray a;
    for (const auto& b : s.firstInvalid) {
        a.append(QJsonObject{{u"offset"_qs, static_cast<qint64>(b.offset)},
                             {u"line"_qs, static_cast<qint64>(b.line)},
                             {u"column"_qs, static_cast<qint64>(b.column)}});
    }
    return a;
}

class JsonReport final : public ScanReport
{
public:
    explicit JsonReport(QTextStream& out)
        : m_out(out)
    {}
    // Each finding is kept as its compact JSON text (about 200 bytes) rather than as a QJsonObject
    // (several kilobytes): a 100 MB input with 70,000 findings needed 370 MB for the report alone.
    // Nothing is written before finish(), so a scan that fails half-way leaves no half document.
    void add(const ReportFinding& r) override
    {
        m_findings.push_back(QJsonDocument(findingJson(r)).toJson(QJsonDocument::Compact));
    }
    void finish(const ReportSummary& s) override
    {
        QJsonObject byCat;
        for (const auto& [cat, n] : s.byCategory) {
            byCat.insert(qs(cat), n);
        }
        const QJsonObject rest{
            {u"input"_qs, s.input},
            {u"bytes"_qs, static_cast<qint64>(s.bytes)},
            {u"summary"_qs, QJsonObject{{u"total"_qs, s.total}, {u"by_category"_qs, byCat}, {u"dates"_qs, s.dates}}},
            {u"invalid_utf8"_qs,
             QJsonObject{{u"count"_qs, static_cast<qint64>(s.invalidUtf8)}, {u"first"_qs, invalidJson(s)}}},
        };
        // {"findings": [...], then the other members as QJsonDocument writes them (after its "{\n").
        m_out << "{\n    \"findings\": [";
        for (std::size_t i = 0; i < m_findings.size(); ++i) {
            m_out << (i ? ",\n        " : "\n        ") << m_findings[i];
        }
        m_out << (m_findings.empty() ? "],\n" : "\n    ],\n");
        m_out << QJsonDocument(rest).toJson(QJsonDocument::Indented).mid(2);
    }

private:
    QTextStream& m_out;
    std::vector<QByteArray> m_findings;
};

// SARIF 2.1.0 (OASIS): one run, one artifact, one result per finding; columns in code points.
class SarifReport final : public ScanReport
{
public:
    SarifReport(QTextStream& out, const QString& input)
        : m_out(out)
        , m_uri(QString::fromLatin1(QUrl::toPercentEncoding(input, "/")))
    {}
    void add(const ReportFinding& r) override
    {
        const auto& l = r.located;
        const auto& f = l.finding;
        const QString id = qs(f.ruleId);
        if (!m_ruleIndex.contains(id)) {
            m_ruleIndex.insert(id, m_rules.size());
            m_rules.append(QJsonObject{
                {u"id"_qs, id},
                {u"shortDescription"_qs, QJsonObject{{u"text"_qs, reason(f)}}},
                {u"defaultConfiguration"_qs, QJsonObject{{u"level"_qs, level(f)}}},
                {u"properties"_qs,
                 QJsonObject{{u"category"_qs, qs(categoryName(f.category))}, {u"type"_qs, qs(entityTypeName(f.type))}}},
            });
        }
        const QJsonObject region{
            {u"startLine"_qs, static_cast<qint64>(l.begin.line)},
            {u"startColumn"_qs, static_cast<qint64>(l.begin.column)},
            {u"endLine"_qs, static_cast<qint64>(l.endLine)},
            {u"endColumn"_qs, static_cast<qint64>(l.endColumn)},
            {u"byteOffset"_qs, static_cast<qint64>(f.start)},
            {u"byteLength"_qs, static_cast<qint64>(f.length())},
        };
        m_results.append(QJsonObject{
            {u"ruleId"_qs, id},
            {u"ruleIndex"_qs, m_ruleIndex.value(id)},
            {u"level"_qs, level(f)},
            {u"message"_qs,
             QJsonObject{{u"text"_qs,
                          ScanReport::tr("%1: %2 (%3)")
                              .arg(qs(entityTypeName(f.type)), reason(f), r.value.isEmpty() ? r.masked : r.value)}}},
            {u"locations"_qs,
             QJsonArray{
                 QJsonObject{{u"physicalLocation"_qs,
                              QJsonObject{{u"artifactLocation"_qs, QJsonObject{{u"uri"_qs, m_uri}, {u"index"_qs, 0}}},
                                          {u"region"_qs, region}}}}}},
            {u"properties"_qs,
             QJsonObject{{u"score"_qs, f.score},
                         {u"category"_qs, qs(categoryName(f.category))},
                         {u"testValue"_qs, f.testValue}}},
        });
    }
    void finish(const ReportSummary& s) override
    {
        QJsonObject driver{
            {u"name"_qs, u"Scrim"_qs},
            {u"semanticVersion"_qs, QStringLiteral(SCRIM_VERSION)},
            {u"informationUri"_qs, QStringLiteral(SCRIM_HOMEPAGE)},
            {u"rules"_qs, m_rules},
        };
        QJsonObject artifact{{u"location"_qs, QJsonObject{{u"uri"_qs, m_uri}}},
                             {u"length"_qs, static_cast<qint64>(s.bytes)}};
        QJsonArray notifications;
        if (s.invalidUtf8 > 0) {
            notifications.append(QJsonObject{
                {u"level"_qs, u"warning"_qs},
                {u"message"_qs,
                 QJsonObject{{u"text"_qs,
                              ScanReport::tr("%n invalid UTF-8 byte(s); the valid parts were scanned.",
                                             nullptr,
                                             static_cast<int>(s.invalidUtf8))}}},
            });
        }
        QJsonObject invocation{{u"executionSuccessful"_qs, true}};
        if (!notifications.isEmpty()) {
            invocation.insert(u"toolExecutionNotifications"_qs, notifications);
        }
        const QJsonObject run{
            {u"tool"_qs, QJsonObject{{u"driver"_qs, driver}}},
            {u"columnKind"_qs, u"unicodeCodePoints"_qs},
            {u"artifacts"_qs, QJsonArray{artifact}},
            {u"invocations"_qs, QJsonArray{invocation}},
            {u"results"_qs, m_results},
        };
        const QJsonObject root{
            {u"$schema"_qs, u"https://json.schemastore.org/sarif-2.1.0.json"_qs},
            {u"version"_qs, u"2.1.0"_qs},
            {u"runs"_qs, QJsonArray{run}},
        };
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

private:
    static QString level(const Finding& f)
    {
        if (f.testValue || Dates::isDate(f)) {
            return u"note"_qs;
        }
        return (f.category == Category::Secret || f.category == Category::Pci) ? u"error"_qs : u"warning"_qs;
    }
    QTextStream& m_out;
    QString m_uri;
    QJsonArray m_rules;
    QHash<QString, int> m_ruleIndex;
    QJsonArray m_results;
};

} // namespace

QString ScanReport::reason(const Finding& f)
{
    return QCoreApplication::translate("Rules", f.reason.c_str());
}

std::unique_ptr<ScanReport> ScanReport::create(Format format, QTextStream& out, const QString& input)
{
    switch (format) {
    case Format::Json:
        return std::make_unique<JsonReport>(out);
    case Format::Sarif:
        return std::make_unique<SarifReport>(out, input);
    case Format::Text:
        break;
    }
    return std::make_unique<TextReport>(out, input);
}
