// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/StreamScanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QTextStream>

#include <map>
#include <memory>
#include <string>

/** One finding as reports show it: located, and with a masked (or, on request, the full) value. */
struct ReportFinding
{
    StreamScanner::Located located;
    QString masked;
    QString value; // empty unless --show-values
};

/** What a report says at its end. */
struct ReportSummary
{
    QString input; // file name or "<stdin>"
    std::uint64_t bytes = 0;
    std::uint64_t invalidUtf8 = 0;
    std::vector<StreamScanner::InvalidByte> firstInvalid;
    std::map<std::string, int> byCategory;
    /** Findings that count (exit status 1): every one but the dates. */
    int total = 0;
    /** Dates listed (Dates.h): personal data only next to other findings, so they never count alone. */
    int dates = 0;
};

/** A scan report in one format; findings arrive in input order. */
class ScanReport
{
    Q_DECLARE_TR_FUNCTIONS(ScanReport)

public:
    enum class Format
    {
        Text,
        Json,
        Sarif,
    };
    /** `input` is the file name as given, or "<stdin>". */
    static std::unique_ptr<ScanReport> create(Format format, QTextStream& out, const QString& input);
    virtual ~ScanReport() = default;
    virtual void add(const ReportFinding& finding) = 0;
    virtual void finish(const ReportSummary& summary) = 0;

    /** The reason of a finding, translated. */
    static QString reason(const Finding& f);
};
