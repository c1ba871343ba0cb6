// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SingleInstance.h"

#include "core/common/Crypto.h"
#include "core/log/Log.h"

#include <QLocalSocket>

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_name(u"scrim-"_qs + QString::fromStdString(Crypto::sha256Hex(dataDir.toStdString()).substr(0, 16)))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* c = m_server.nextPendingConnection()) {
            connect(c, &QLocalSocket::readyRead, this, [this, c] {
                if (c->readAll().startsWith("show")) {
                    Log::get("ui")->info("a second start asked this instance to come forward");
                    emit activationRequested();
                }
                c->disconnectFromServer();
            });
            connect(c, &QLocalSocket::disconnected, c, &QObject::deleteLater);
        }
    });
}

bool SingleInstance::askOther()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(1000)) {
        return false;
    }
    socket.write("show\n");
    socket.waitForBytesWritten(1000);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::claim()
{
    // Ask first: with access options set, Qt's listen() renames its socket into place and would
    // quietly take the name from a running instance.
    if (askOther()) {
        m_foundOther = true;
        return false;
    }
    // Nobody answers: no instance, or a socket file left behind by a crash, which goes.
    QLocalServer::removeServer(m_name);
    if (!m_server.listen(m_name)) {
        Log::get("ui")->warn("single-instance socket unavailable: {}", m_server.errorString().toStdString());
    }
    return true;
}
