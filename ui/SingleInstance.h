// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

/**
 * One tray app per user and data folder. The first process listens on a local socket only its user
 * may connect to; a second one finds it there, asks it to come forward (it opens its paste-box) and
 * exits. A socket file left by a crashed process is recognised (nobody answers) and replaced.
 * GUI thread.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /** `dataDir` tells instances apart (tests and demos run with their own SCRIM_DATA_DIR). */
    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);

    /** True when this process is the one: it listens now (or, when the socket cannot be made, goes on
     *  alone and logs why). False when another instance answered and was asked to come forward. */
    bool claim();
    /** True when claim() found another instance. */
    bool foundOther() const { return m_foundOther; }
    QString serverName() const { return m_name; }

signals:
    /** A second start asked this instance to come forward. */
    void activationRequested();

private:
    bool askOther();

    QString m_name;
    QLocalServer m_server;
    bool m_foundOther = false;
};
