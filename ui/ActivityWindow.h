// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditExport.h"

#include <QWidget>

class AuditLog;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

/**
 * Activity: the audit log as a table that sorts by any column and filters on any text, the hash
 * chain's verification status, and export to CSV or JSON Lines (itself recorded). The log holds no
 * sensitive values, so neither does this window. GUI thread; the log is not owned.
 */
class ActivityWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityWindow(AuditLog* log, QWidget* parent = nullptr);

    /** Reads the log again and verifies its chain. */
    void reload();
    /** Writes every event to `path`; returns an empty string or the problem (for the user). */
    QString exportTo(const QString& path, AuditExport::Format format);

    QTableView* table() const { return m_table; }
    QLineEdit* filter() const { return m_filter; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QString chainStatus() const;

    enum Column
    {
        Time,
        Event,
        Action,
        Categories,
        Rules,
        Destination,
        Preview,
        ColumnCount
    };

private:
    void exportChosen();

    AuditLog* m_log;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_chain = nullptr;
};
