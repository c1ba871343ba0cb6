// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/RuleSet.h"
#include "core/policy/Policy.h"

#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class AuditLog;
class TokenVault;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * The paste-box: the way in where the clipboard cannot be watched (Wayland), and the place to
 * review a text before it goes to an AI tool.
 *
 * Check tab: an editor whose findings are highlighted as the user types or pastes (a colour per
 * category, with a tooltip naming type, rule and reason), and a list of them beside it. Unticking a
 * finding keeps that value (recorded as an override). Copy anonymized puts the anonymized text on
 * the clipboard in one click (originals in the vault session the tray's Restore reads); Copy
 * original is offered where the policy does not block or ask for a reason towards AI tools, and
 * goes through the clipboard guard like any copy.
 *
 * Restore tab: the AI's answer in, the text with the real values out; leftover or unknown tokens
 * and sensitive values the answer brought are pointed out.
 *
 * Scans run off the UI thread and are debounced; a newer edit supersedes an older scan, so a
 * 10 MB paste keeps the window responsive. GUI thread.
 */
class PasteBox : public QWidget
{
    Q_OBJECT

public:
    explicit PasteBox(std::shared_ptr<const RuleSet> rules, QWidget* parent = nullptr);
    ~PasteBox() override;

    void setPolicy(const Policy& policy, std::shared_ptr<const RuleSet> rules);
    void setVault(TokenVault* vault);
    void setAuditLog(AuditLog* log) { m_audit = log; }

    /** Opens the Check tab with `text` (Review from a notice). */
    void review(const QString& text);

    /** The findings of the last scan of the editor's text (byte spans of its UTF-8). */
    const std::vector<Finding>& findings() const { return m_findings; }
    /** The same findings as editor positions (UTF-16), start and end per finding. */
    const std::vector<std::pair<int, int>>& positions() const { return m_positions; }
    /** True when no scan is pending or running and the findings belong to the editor's text. */
    bool idle() const;
    /** The editor's text with the ticked findings replaced (what Copy anonymized copies); null when it
     *  could not be made. */
    QString anonymizedText();
    /** A sentence on what was restored and what needs a look (the Restore tab's report). */
    QString restoreReport() const;

    QTabWidget* tabs() const { return m_tabs; }
    QPlainTextEdit* editor() const { return m_editor; }
    QTreeWidget* findingsList() const { return m_list; }
    QPushButton* copyAnonymizedButton() const { return m_copyAnonymized; }
    QPushButton* copyOriginalButton() const { return m_copyOriginal; }
    QPlainTextEdit* answerEditor() const { return m_answer; }
    QPlainTextEdit* restoredView() const { return m_restored; }
    QPushButton* copyRestoredButton() const { return m_copyRestored; }

    /** The background colour of a category's highlight (translucent, so it reads on light and dark). */
    static QColor categoryColor(Category category);

signals:
    /** A scan of the editor's text finished and its findings are shown. */
    void scanned();
    /** The Restore tab's output was updated. */
    void restored();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct ScanResult;

    void scheduleScan();
    void startScan();
    void onScanned(quint64 generation, const std::shared_ptr<ScanResult>& result);
    void rebuildList();
    void applyHighlights();
    void onItemChanged(QTreeWidgetItem* item, int column);
    void copyAnonymized();
    void copyOriginal();
    void updateOriginalButton();
    void runRestore();
    void recordOverride(const Finding& finding, const char* action);
    QString valueKey(const Finding& f) const;
    /** The policy blocks or asks a reason for this category towards AI tools: no keeping it here. */
    bool mustReplace(Category category) const;
    /** The user unticked this value, and may. */
    bool kept(const Finding& f) const;

    std::shared_ptr<const RuleSet> m_rules;
    std::shared_ptr<const Policy> m_policy;
    TokenVault* m_vault = nullptr;
    AuditLog* m_audit = nullptr;

    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_copyAnonymized = nullptr;
    QPushButton* m_copyOriginal = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QPlainTextEdit* m_restored = nullptr;
    QLabel* m_report = nullptr;
    QPushButton* m_copyRestored = nullptr;

    QTimer m_debounce;
    QTimer m_restoreDebounce;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_filling = false;
    bool m_scanFailed = false;

    QByteArray m_scannedUtf8;
    std::vector<Finding> m_findings;
    std::vector<std::pair<int, int>> m_positions;
    /** Values the user chose to keep (type + value), for this window's life only. */
    QSet<QString> m_kept;
    QString m_reportText;
};
