// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

/** What the Policy status window shows; the app fills it from the policy manager. */
struct PolicyStatus
{
    bool builtin = true; ///< no managed configuration: the built-in default policy
    QString source;      ///< the policy's URL
    QString org;
    qint64 serial = 0;
    QString issuedAt;
    QString expiresAt; ///< empty: does not expire
    bool expired = false;
    QString onExpiry;
    QStringList pinnedKeys; ///< fingerprints of the pinned admin keys
    qint64 lastFetchMs = 0; ///< the last successful check with the server (0: never)
    qint64 nextFetchMs = 0; ///< the next planned check (0: none planned)
    QString lastProblem;    ///< why the last refresh failed or was rejected; empty when it did not
};

/** Policy status: where the policy comes from, which one is in force, its signature, the last and
 *  next fetch and the last problem. Read-only. GUI thread. */
class PolicyStatusWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyStatusWindow(QWidget* parent = nullptr);

    void setStatus(const PolicyStatus& status);
    /** The text of the row `label` (for tests). */
    QString value(const QString& label) const;

private:
    QFormLayout* m_form = nullptr;
};
