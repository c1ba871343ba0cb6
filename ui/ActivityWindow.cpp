// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ActivityWindow.h"

#include "core/audit/AuditLog.h"
#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QStandardItem* cell(const QString& text, const QVariant& sortKey = {})
{
    auto* item = new QStandardItem(text);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), Qt::UserRole);
    item->setEditable(false);
    return item;
}

} // namespace

ActivityWindow::ActivityWindow(AuditLog* log, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
{
    setWindowTitle(tr("Scrim activity"));
    setWindowIcon(QIcon(u":/icons/scrim.svg"_qs));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    m_filter = new QLineEdit();
    m_filter->setPlaceholderText(tr("Filter: any text, e.g. PCI, ChatGPT, anonymized_copy"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    auto* refresh = new QPushButton(tr("Re&fresh"));
    top->addWidget(refresh);
    auto* exportButton = new QPushButton(tr("&Export…"));
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Time"), tr("Event"), tr("Action"), tr("Categories"), tr("Rules"), tr("Destination"), tr("What")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView();
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_chain = new QLabel();
    m_chain->setWordWrap(true);
    layout->addWidget(m_chain);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QPushButton::clicked, this, &ActivityWindow::reload);
    connect(exportButton, &QPushButton::clicked, this, &ActivityWindow::exportChosen);
    resize(980, 520);
    reload();
}

void ActivityWindow::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    if (m_log == nullptr) {
        m_chain->setText(tr("The audit log is not available (no encrypted store)."));
        return;
    }
    auto events = m_log->all();
    if (!events) {
        m_chain->setText(tr("The audit log cannot be read: %1").arg(Translations::errorMessage(events.error())));
        return;
    }
    for (const AuditEvent& e : events.value()) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(e.timeMs);
        QString dest = qs(e.destApp);
        if (!dest.isEmpty()) {
            dest += e.destIsApprovedAi ? tr(" (approved)") : tr(" (not approved)");
        }
        m_model->appendRow({cell(QLocale().toString(t, QLocale::ShortFormat), QVariant::fromValue(e.timeMs)),
                            cell(qs(auditEventTypeName(e.type))),
                            cell(qs(e.action)),
                            cell(qs(e.categories)),
                            cell(qs(e.ruleIds)),
                            cell(dest),
                            cell(qs(e.preview))});
    }
    m_table->sortByColumn(Time, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    auto v = m_log->verify();
    if (!v) {
        m_chain->setText(tr("The chain could not be checked: %1").arg(Translations::errorMessage(v.error())));
    } else if (!v->ok()) {
        m_chain->setText(tr("The chain is broken at event %1: %2. Events may have been changed or removed; tell "
                            "your administrator.")
                             .arg(*v->firstBrokenSeq)
                             .arg(QCoreApplication::translate("CoreErrors", v->problem.c_str())));
        m_chain->setStyleSheet(u"color: #c62828"_qs);
    } else {
        m_chain->setText(tr("Chain intact: %n event(s) checked.", nullptr, static_cast<int>(v->rowsChecked)));
        m_chain->setStyleSheet(QString());
    }
}

QString ActivityWindow::chainStatus() const
{
    return m_chain->text();
}

QString ActivityWindow::exportTo(const QString& path, AuditExport::Format format)
{
    if (m_log == nullptr) {
        return tr("The audit log is not available.");
    }
    auto events = m_log->all();
    if (!events) {
        return Translations::errorMessage(events.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    }
    QString text = AuditExport::header(format);
    for (const AuditEvent& e : events.value()) {
        text += AuditExport::line(e, format);
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    }
    AuditEvent exported;
    exported.type = AuditEventType::LogExported;
    exported.action = format == AuditExport::Format::Csv ? "csv" : "jsonl";
    exported.preview = std::to_string(events->size()) + " events";
    if (auto r = m_log->append(exported); !r) {
        return Translations::errorMessage(r.error());
    }
    reload();
    return QString();
}

void ActivityWindow::exportChosen()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log"), u"scrim-audit.csv"_qs, tr("CSV (*.csv);;JSON Lines (*.jsonl)"), &selected);
    if (path.isEmpty()) {
        return;
    }
    const auto format = path.endsWith(u".jsonl"_qs) || selected.contains(u"jsonl"_qs) ? AuditExport::Format::Jsonl
                                                                                      : AuditExport::Format::Csv;
    const QString problem = exportTo(path, format);
    m_chain->setText(problem.isEmpty() ? tr("Exported to %1.").arg(path) : problem);
}
