// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PasteBox.h"

#include "core/audit/AuditLog.h"
#include "core/common/Crypto.h"
#include "core/common/Translations.h"
#include "core/common/Utf8.h"
#include "core/detect/Masking.h"
#include "core/log/Log.h"
#include "core/policy/PolicyRules.h"
#include "core/redact/Anonymizer.h"
#include "core/redact/Restorer.h"
#include "core/redact/Vault.h"
#include "ui/ClipboardGuard.h"
#include "ui/ClipboardWriter.h"
#include "ui/TrayController.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

struct PasteBox::ScanResult
{
    QByteArray utf8;
    std::vector<Finding> findings;
    bool cancelled = false;
    bool failed = false;
    Error error;
};

namespace {

// Edits come in bursts (typing, a paste); scan once the burst is over.
constexpr int kDebounceMs = 150;
// More highlights than this cost the editor more than they tell the user; the list still has all.
constexpr std::size_t kMaxHighlights = 20000;

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

PasteBox::PasteBox(std::shared_ptr<const RuleSet> rules, QWidget* parent)
    : QWidget(parent)
    , m_rules(std::move(rules))
    , m_policy(std::make_shared<Policy>(Policy::builtinDefault()))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setWindowTitle(tr("Scrim paste-box"));
    setWindowIcon(QIcon(u":/icons/scrim.svg"_qs));
    m_pool.setMaxThreadCount(1);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget();
    layout->addWidget(m_tabs);

    // Check: the editor and its findings.
    auto* check = new QSplitter(Qt::Horizontal);
    m_editor = new QPlainTextEdit();
    m_editor->setPlaceholderText(
        tr("Paste or type the text you want to give an AI tool. Sensitive values are highlighted as you type."));
    m_editor->viewport()->installEventFilter(this);
    check->addWidget(m_editor);
    auto* side = new QWidget();
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tr("Nothing sensitive found."));
    m_summary->setWordWrap(true);
    sideLayout->addWidget(m_summary);
    m_list = new QTreeWidget();
    m_list->setHeaderLabels({tr("Replace"), tr("Looks like"), tr("Rule")});
    m_list->setRootIsDecorated(false);
    m_list->setToolTip(tr("Untick a finding to keep that value as it is."));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    sideLayout->addWidget(m_list, 1);
    m_copyAnonymized = new QPushButton(tr("Copy &anonymized"));
    m_copyAnonymized->setDefault(true);
    m_copyOriginal = new QPushButton(tr("Copy &original"));
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_copyAnonymized);
    buttons->addWidget(m_copyOriginal);
    sideLayout->addLayout(buttons);
    m_status = new QLabel();
    m_status->setWordWrap(true);
    sideLayout->addWidget(m_status);
    check->addWidget(side);
    check->setStretchFactor(0, 3);
    check->setStretchFactor(1, 2);
    m_tabs->addTab(check, tr("&Check"));

    // Restore: the AI's answer in, the real values out.
    auto* restore = new QWidget();
    auto* restoreLayout = new QVBoxLayout(restore);
    restoreLayout->addWidget(new QLabel(tr("The AI tool's answer:")));
    m_answer = new QPlainTextEdit();
    m_answer->setPlaceholderText(tr("Paste the answer that holds tokens such as [PERSON_1]."));
    restoreLayout->addWidget(m_answer, 1);
    restoreLayout->addWidget(new QLabel(tr("With your values back:")));
    m_restored = new QPlainTextEdit();
    m_restored->setReadOnly(true);
    restoreLayout->addWidget(m_restored, 1);
    m_report = new QLabel();
    m_report->setWordWrap(true);
    restoreLayout->addWidget(m_report);
    m_copyRestored = new QPushButton(tr("Copy &restored text"));
    m_copyRestored->setEnabled(false);
    restoreLayout->addWidget(m_copyRestored, 0, Qt::AlignRight);
    m_tabs->addTab(restore, tr("&Restore"));

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PasteBox::startScan);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PasteBox::scheduleScan);
    connect(m_list, &QTreeWidget::itemChanged, this, &PasteBox::onItemChanged);
    connect(m_copyAnonymized, &QPushButton::clicked, this, &PasteBox::copyAnonymized);
    connect(m_copyOriginal, &QPushButton::clicked, this, &PasteBox::copyOriginal);
    m_restoreDebounce.setSingleShot(true);
    m_restoreDebounce.setInterval(kDebounceMs);
    connect(&m_restoreDebounce, &QTimer::timeout, this, &PasteBox::runRestore);
    connect(m_answer, &QPlainTextEdit::textChanged, &m_restoreDebounce, qOverload<>(&QTimer::start));
    connect(m_copyRestored, &QPushButton::clicked, this, [this] {
        ClipboardWriter::writeRestored(m_restored->toPlainText(), m_policy->clearRestoredSeconds, this);
        m_report->setText(m_reportText + u' '
                          + (m_policy->clearRestoredSeconds > 0
                                 ? tr("Copied. The clipboard is cleared after %n second(s) if it still holds it.",
                                      nullptr,
                                      m_policy->clearRestoredSeconds)
                                 : tr("Copied.")));
    });
    updateOriginalButton();
    resize(980, 600);
}

PasteBox::~PasteBox()
{
    m_latest->store(UINT64_MAX);
    m_pool.waitForDone();
}

void PasteBox::setPolicy(const Policy& policy, std::shared_ptr<const RuleSet> rules)
{
    m_policy = std::make_shared<Policy>(policy);
    if (rules) {
        m_rules = std::move(rules);
    }
    scheduleScan();
}

void PasteBox::setVault(TokenVault* vault)
{
    m_vault = vault;
    m_copyAnonymized->setToolTip(vault == nullptr ? tr("Without the encrypted store the tokens cannot be restored "
                                                       "later.")
                                                  : QString());
}

void PasteBox::review(const QString& text)
{
    m_tabs->setCurrentIndex(0);
    m_editor->setPlainText(text);
    show();
    raise();
    activateWindow();
}

bool PasteBox::idle() const
{
    return !m_debounce.isActive() && m_running == 0;
}

void PasteBox::scheduleScan()
{
    // The highlights' cursors move with the edit, so they stay on their values until the new scan.
    m_status->clear();
    m_latest->store(++m_generation); // an older scan stops at its next piece
    m_debounce.start();
}

void PasteBox::startScan()
{
    const quint64 generation = m_generation;
    QByteArray utf8 = m_editor->toPlainText().toUtf8();
    ++m_running;
    m_pool.start([this, utf8 = std::move(utf8), rules = m_rules, policy = m_policy, latest = m_latest, generation] {
        auto result = std::make_shared<ScanResult>();
        result->utf8 = utf8;
        const std::string_view text = view(utf8);
        std::vector<Finding> found;
        auto r = rules->scanStoppable(
            text, RuleSet::kInteractivePiece, [&] { return latest->load() != generation; }, result->cancelled);
        if (r) {
            found = std::move(r.value());
        } else {
            result->failed = true;
            result->error = r.error();
        }
        if (!result->cancelled && !result->failed) {
            result->findings = PolicyRules::withPolicy(text, std::move(found), *policy);
        }
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onScanned(generation, result); }, Qt::QueuedConnection);
    });
}

void PasteBox::onScanned(quint64 generation, const std::shared_ptr<ScanResult>& result)
{
    --m_running;
    if (generation != m_generation || result->cancelled) {
        return;
    }
    m_scannedUtf8 = result->utf8;
    m_scanFailed = result->failed;
    if (result->failed) {
        m_findings.clear();
        m_positions.clear();
        updateOriginalButton();
        m_summary->setText(tr("The text could not be checked (%1). Treat it as sensitive.")
                               .arg(Translations::errorMessage(result->error)));
        m_editor->setExtraSelections({});
        m_list->clear();
        emit scanned();
        return;
    }
    m_findings = result->findings;
    std::vector<std::size_t> offsets;
    offsets.reserve(m_findings.size() * 2);
    for (const Finding& f : m_findings) {
        offsets.push_back(f.start);
        offsets.push_back(f.end);
    }
    const std::vector<std::size_t> pos = Utf8::utf16Positions(view(m_scannedUtf8), offsets);
    m_positions.clear();
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        m_positions.emplace_back(static_cast<int>(pos[2 * i]), static_cast<int>(pos[2 * i + 1]));
    }
    Log::get("ui")->debug("paste-box scan: {} bytes, {} findings", m_scannedUtf8.size(), m_findings.size());
    rebuildList();
    applyHighlights();
    updateOriginalButton();
    emit scanned();
}

QString PasteBox::valueKey(const Finding& f) const
{
    return QString::fromLatin1(entityTypeName(f.type).data(), static_cast<qsizetype>(entityTypeName(f.type).size()))
           + u':' + QString::fromUtf8(m_scannedUtf8.constData() + f.start, static_cast<qsizetype>(f.end - f.start));
}

bool PasteBox::mustReplace(Category category) const
{
    for (const Destination d : {Destination::ApprovedAi, Destination::UnapprovedAi}) {
        const PolicyAction a = m_policy->handle(category, d).action;
        if (a == PolicyAction::Block || a == PolicyAction::Justify) {
            return true;
        }
    }
    return false;
}

bool PasteBox::kept(const Finding& f) const
{
    return !mustReplace(f.category) && m_kept.contains(valueKey(f));
}

QColor PasteBox::categoryColor(Category category)
{
    // Translucent, so the text stays readable on light and dark themes alike.
    switch (category) {
    case Category::Secret:
        return QColor(220, 40, 40, 90);
    case Category::Pci:
        return QColor(230, 140, 0, 100);
    case Category::Phi:
        return QColor(40, 160, 80, 90);
    case Category::Pii:
        return QColor(40, 110, 230, 90);
    case Category::Confidential:
        return QColor(150, 70, 200, 90);
    case Category::Injection:
        return QColor(120, 120, 120, 110);
    }
    return QColor(120, 120, 120, 110);
}

void PasteBox::rebuildList()
{
    m_filling = true;
    m_list->clear();
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings[i];
        const std::string value(m_scannedUtf8.constData() + f.start, f.end - f.start);
        auto* item = new QTreeWidgetItem(
            {QString::fromUtf8(entityTypeName(f.type).data(), static_cast<qsizetype>(entityTypeName(f.type).size())),
             QString::fromStdString(Masking::forDisplay(f.type, value)),
             QString::fromStdString(f.ruleId)});
        if (mustReplace(f.category)) {
            // The policy blocks or asks for a reason: keeping the value here would be a way around it.
            item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEnabled);
            item->setCheckState(0, Qt::Checked);
            item->setToolTip(1, tr("Your organisation's policy requires replacing this value for AI tools."));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, m_kept.contains(valueKey(f)) ? Qt::Unchecked : Qt::Checked);
        }
        item->setData(0, Qt::UserRole, static_cast<qulonglong>(i));
        item->setBackground(0, categoryColor(f.category));
        item->setToolTip(0, QCoreApplication::translate("Rules", f.reason.c_str()));
        m_list->addTopLevelItem(item);
    }
    m_filling = false;
    if (m_findings.empty()) {
        m_summary->setText(m_editor->document()->isEmpty() ? tr("Nothing sensitive found.")
                                                           : tr("Nothing sensitive found in this text."));
    } else {
        m_summary->setText(tr("%n sensitive value(s): %1.", nullptr, static_cast<int>(m_findings.size()))
                               .arg(TrayController::summary(m_findings)));
    }
}

void PasteBox::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument* doc = m_editor->document();
    const std::size_t n = std::min(m_findings.size(), kMaxHighlights);
    for (std::size_t i = 0; i < n; ++i) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(doc);
        sel.cursor.setPosition(m_positions[i].first);
        sel.cursor.setPosition(m_positions[i].second, QTextCursor::KeepAnchor);
        const QColor color = categoryColor(m_findings[i].category);
        if (kept(m_findings[i])) {
            // Kept: marked, not filled, so the user sees it stays.
            sel.format.setUnderlineStyle(QTextCharFormat::DotLine);
            sel.format.setUnderlineColor(QColor(color.red(), color.green(), color.blue()));
        } else {
            sel.format.setBackground(color);
        }
        selections.append(sel);
    }
    m_editor->setExtraSelections(selections);
}

void PasteBox::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != 0) {
        return;
    }
    const auto i = static_cast<std::size_t>(item->data(0, Qt::UserRole).toULongLong());
    if (i >= m_findings.size()) {
        return;
    }
    if (mustReplace(m_findings[i].category)) {
        m_filling = true;
        item->setCheckState(0, Qt::Checked);
        m_filling = false;
        return;
    }
    const QString key = valueKey(m_findings[i]);
    if (item->checkState(0) == Qt::Unchecked) {
        if (!m_kept.contains(key)) {
            m_kept.insert(key);
            recordOverride(m_findings[i], "keep");
        }
    } else {
        m_kept.remove(key);
    }
    // The same value elsewhere in the text follows.
    m_filling = true;
    for (int r = 0; r < m_list->topLevelItemCount(); ++r) {
        QTreeWidgetItem* other = m_list->topLevelItem(r);
        const auto j = static_cast<std::size_t>(other->data(0, Qt::UserRole).toULongLong());
        if (j < m_findings.size() && valueKey(m_findings[j]) == key) {
            other->setCheckState(0, item->checkState(0));
        }
    }
    m_filling = false;
    applyHighlights();
    updateOriginalButton();
}

QString PasteBox::anonymizedText()
{
    if (m_scanFailed && idle()) {
        m_status->setText(tr("The text could not be checked; nothing was copied."));
        return QString();
    }
    QByteArray utf8 = m_editor->toPlainText().toUtf8();
    if (utf8 != m_scannedUtf8 || !idle()) {
        // The last scan is not of this text (the user is quicker than the debounce): scan it now.
        m_debounce.stop();
        m_latest->store(++m_generation);
        auto found = m_rules->scan(view(utf8));
        if (!found) {
            m_status->setText(tr("The text could not be checked (%1); nothing was copied.")
                                  .arg(Translations::errorMessage(found.error())));
            return QString();
        }
        auto result = std::make_shared<ScanResult>();
        result->utf8 = utf8;
        result->findings = PolicyRules::withPolicy(view(utf8), std::move(found.value()), *m_policy);
        ++m_running;
        onScanned(m_generation, result);
    }
    std::vector<Finding> replace;
    Anonymizer::Options options;
    for (const Finding& f : m_findings) {
        if (!kept(f)) {
            replace.push_back(f);
        } else {
            options.keep.emplace_back(m_scannedUtf8.constData() + f.start, f.end - f.start);
        }
    }
    options.hashKey = m_vault != nullptr ? m_vault->hashKey() : Crypto::randomBytes(32);
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    for (std::size_t c = 0; c < options.perCategory.size(); ++c) {
        options.perCategory[c] = m_policy->handle(static_cast<Category>(c), Destination::ApprovedAi).op;
    }
    std::optional<AnonymizeResult> result;
    const auto run = [&](TokenMap& map) -> Result<void> {
        auto r = Anonymizer(options).anonymize(view(m_scannedUtf8), std::move(replace), map);
        if (!r) {
            return r.error();
        }
        result.emplace(std::move(r.value()));
        return {};
    };
    Result<void> done;
    if (m_vault != nullptr) {
        done = m_vault->update(ClipboardGuard::kSession, run);
    } else {
        TokenMap map(Crypto::randomBytes(32));
        done = run(map);
    }
    if (!done) {
        m_status->setText(tr("The text could not be anonymized (%1); nothing was copied.")
                              .arg(Translations::errorMessage(done.error())));
        return QString();
    }
    return QString::fromUtf8(result->text.data(), static_cast<qsizetype>(result->text.size()));
}

void PasteBox::copyAnonymized()
{
    const QString text = anonymizedText();
    if (text.isNull()) {
        return;
    }
    ClipboardWriter::write(text, QString(), false);
    const std::size_t replaced = static_cast<std::size_t>(
        std::count_if(m_findings.begin(), m_findings.end(), [this](const Finding& f) { return !kept(f); }));
    if (m_audit != nullptr && replaced > 0) {
        AuditEvent e;
        e.type = AuditEventType::AnonymizedCopy;
        e.action = "paste_box";
        std::vector<Finding> acted;
        std::copy_if(m_findings.begin(), m_findings.end(), std::back_inserter(acted), [this](const Finding& f) {
            return !kept(f);
        });
        e.describeFindings(acted);
        e.contentHmac = m_audit->contentHash(view(m_scannedUtf8));
        e.stamp("scrim");
        e.policySerial = m_policy->serial;
        (void)m_audit->append(std::move(e));
    }
    m_status->setText(replaced == 0 ? tr("Copied; nothing needed replacing.")
                                    : tr("Anonymized text copied (%n value(s) replaced). To put the values back "
                                         "into the answer, use the Restore tab.",
                                         nullptr,
                                         static_cast<int>(replaced)));
}

void PasteBox::updateOriginalButton()
{
    // Where the policy blocks or asks for a reason towards AI tools, the paste-box does not hand out
    // the original (the clipboard guard would stop it at the chatbot anyway).
    bool allowed = !m_scanFailed;
    for (const Finding& f : m_findings) {
        allowed = allowed && !mustReplace(f.category);
    }
    m_copyOriginal->setEnabled(allowed);
    m_copyOriginal->setToolTip(allowed ? tr("Copies the text as it is; the clipboard guard still watches it.")
                                       : tr("Your organisation's policy does not allow copying this text with its "
                                            "original values for AI tools."));
}

void PasteBox::copyOriginal()
{
    if (!m_copyOriginal->isEnabled()) {
        return;
    }
    // An ordinary copy, so the clipboard guard treats it like any other.
    QGuiApplication::clipboard()->setText(m_editor->toPlainText());
    m_status->setText(tr("Original text copied. The clipboard guard still watches where it is pasted."));
}

void PasteBox::recordOverride(const Finding& finding, const char* action)
{
    if (m_audit == nullptr) {
        return;
    }
    AuditEvent e;
    e.type = AuditEventType::Overridden;
    e.action = action;
    e.describeFindings({finding});
    e.stamp("scrim");
    e.policySerial = m_policy->serial;
    (void)m_audit->append(std::move(e));
}

void PasteBox::runRestore()
{
    const QByteArray answer = m_answer->toPlainText().toUtf8();
    QList<QTextEdit::ExtraSelection> marks;
    if (answer.isEmpty()) {
        m_restored->clear();
        m_reportText.clear();
        m_report->clear();
        m_copyRestored->setEnabled(false);
        m_answer->setExtraSelections({});
        emit restored();
        return;
    }
    if (m_vault == nullptr) {
        m_reportText = tr("Restoring needs the encrypted store, which is not available.");
        m_report->setText(m_reportText);
        emit restored();
        return;
    }
    auto map = m_vault->load(ClipboardGuard::kSession);
    if (!map) {
        m_reportText = tr("The vault could not be read (%1).").arg(Translations::errorMessage(map.error()));
        m_report->setText(m_reportText);
        emit restored();
        return;
    }
    const RestoreResult result = restoreText(view(answer), map.value(), m_rules.get());
    m_restored->setPlainText(QString::fromUtf8(result.text.data(), static_cast<qsizetype>(result.text.size())));
    m_copyRestored->setEnabled(result.restored > 0);

    // Point out, in the answer, what needs a look: tokens that stay, and values the answer brought.
    std::vector<std::size_t> offsets;
    std::vector<QColor> colors;
    for (const VaultHit& hit : findVaultHits(view(answer), map.value())) {
        const bool unknown = hit.entry == nullptr;
        const bool retired = !unknown && hit.entry->kind == EntryKind::Retired;
        if (unknown || retired) {
            offsets.push_back(hit.start);
            offsets.push_back(hit.end);
            colors.push_back(unknown ? QColor(220, 40, 40, 90) : QColor(120, 120, 120, 110));
        }
    }
    for (const Finding& f : result.unexpected) {
        offsets.push_back(f.start);
        offsets.push_back(f.end);
        colors.push_back(categoryColor(f.category));
    }
    const std::vector<std::size_t> pos = Utf8::utf16Positions(view(answer), offsets);
    for (std::size_t i = 0; i < colors.size(); ++i) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_answer->document());
        sel.cursor.setPosition(static_cast<int>(pos[2 * i]));
        sel.cursor.setPosition(static_cast<int>(pos[2 * i + 1]), QTextCursor::KeepAnchor);
        sel.format.setBackground(colors[i]);
        marks.append(sel);
    }
    m_answer->setExtraSelections(marks);

    QStringList parts;
    parts << tr("Restored %n value(s).", nullptr, static_cast<int>(result.restored));
    parts << TrayController::restoreNotes(result, true);
    m_reportText = parts.join(u' ');
    m_report->setText(m_reportText);
    emit restored();
}

QString PasteBox::restoreReport() const
{
    return m_reportText;
}

bool PasteBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::ToolTip && idle()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int p = m_editor->cursorForPosition(help->pos()).position();
        for (std::size_t i = 0; i < m_positions.size(); ++i) {
            if (m_positions[i].first <= p && p < m_positions[i].second) {
                const Finding& f = m_findings[i];
                QToolTip::showText(help->globalPos(),
                                   tr("%1 (%2)\nRule: %3\n%4")
                                       .arg(QString::fromUtf8(entityTypeName(f.type).data(),
                                                              static_cast<qsizetype>(entityTypeName(f.type).size())),
                                            TrayController::categoryLabel(f.category, 1),
                                            QString::fromStdString(f.ruleId),
                                            QCoreApplication::translate("Rules", f.reason.c_str())),
                                   m_editor);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
