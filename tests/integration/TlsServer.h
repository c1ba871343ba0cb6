// SPDX-License-Identifier: GPL-3.0-or-later
// A real nginx on loopback serving a folder over TLS, with a throw-away CA and a certificate for
// "localhost" made by openssl: how admins publish policies, for the tests that fetch them.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>
#include <string>

class TlsServer
{
public:
    /** Serves `dir`/www; the certificates and nginx's files go to `dir`. */
    explicit TlsServer(const QString& dir)
        : m_dir(dir)
    {
        QDir(dir).mkpath(u"www"_qs);
    }
    ~TlsServer() { stop(); }
    TlsServer(const TlsServer&) = delete;
    TlsServer& operator=(const TlsServer&) = delete;

    /**
     * Makes the CA and the certificate, picks a free port and starts nginx. `extraConfig` is added inside the server
     * block. `isUp` is asked until it says the server answers. Returns an empty string, or what went wrong.
     */
    QString start(const QString& extraConfig, const std::function<bool()>& isUp)
    {
        const QString dir = m_dir;
        QDir d(dir);
        if (!d.mkpath(u"www"_qs) || !d.mkpath(u"logs"_qs)) {
            return u"cannot create the server's folders"_qs;
        }
        const auto ec = [](QStringList args) {
            args << u"-newkey"_qs << u"ec"_qs << u"-pkeyopt"_qs << u"ec_paramgen_curve:prime256v1"_qs << u"-nodes"_qs;
            return args;
        };
        if (!run(u"openssl"_qs,
                 ec({u"req"_qs, u"-x509"_qs}) << u"-keyout"_qs << u"ca.key"_qs << u"-out"_qs << u"ca.pem"_qs
                                              << u"-days"_qs << u"2"_qs << u"-subj"_qs << u"/CN=Scrim Test CA"_qs)
            || !run(u"openssl"_qs,
                    ec({u"req"_qs}) << u"-keyout"_qs << u"srv.key"_qs << u"-out"_qs << u"srv.csr"_qs << u"-subj"_qs
                                    << u"/CN=localhost"_qs)) {
            return m_error;
        }
        {
            QFile ext(d.filePath(u"ext.cnf"_qs));
            if (!ext.open(QIODevice::WriteOnly)) {
                return u"cannot write ext.cnf"_qs;
            }
            ext.write("subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n");
        }
        if (!run(u"openssl"_qs,
                 {u"x509"_qs,
                  u"-req"_qs,
                  u"-in"_qs,
                  u"srv.csr"_qs,
                  u"-CA"_qs,
                  u"ca.pem"_qs,
                  u"-CAkey"_qs,
                  u"ca.key"_qs,
                  u"-CAcreateserial"_qs,
                  u"-out"_qs,
                  u"srv.pem"_qs,
                  u"-days"_qs,
                  u"1"_qs,
                  u"-extfile"_qs,
                  u"ext.cnf"_qs})) {
            return m_error;
        }
        // A free loopback port.
        QProcess py;
        py.start(
            u"python3"_qs,
            {u"-c"_qs, u"import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"_qs});
        if (!py.waitForFinished(30000)) {
            return u"python3 is needed to pick a free port"_qs;
        }
        m_port = py.readAllStandardOutput().trimmed().toInt();
        if (m_port <= 0) {
            return u"no free port"_qs;
        }
        const QString conf =
            QStringLiteral("daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                           "error_log %1/logs/error.log;\nevents { worker_connections 64; }\n"
                           "http {\n  access_log off;\n  client_body_temp_path %1/tmp-body;\n"
                           "  proxy_temp_path %1/tmp-proxy;\n  fastcgi_temp_path %1/tmp-fcgi;\n"
                           "  uwsgi_temp_path %1/tmp-uwsgi;\n  scgi_temp_path %1/tmp-scgi;\n"
                           "  server {\n    listen 127.0.0.1:%2 ssl;\n    ssl_certificate %1/srv.pem;\n"
                           "    ssl_certificate_key %1/srv.key;\n    ssl_protocols TLSv1.2 TLSv1.3;\n    root %1/www;\n"
                           "%3  }\n}\n")
                .arg(dir)
                .arg(m_port)
                .arg(QString(extraConfig).replace(u"%PORT%"_qs, QString::number(m_port)));
        {
            QFile f(d.filePath(u"nginx.conf"_qs));
            if (!f.open(QIODevice::WriteOnly)) {
                return u"cannot write nginx.conf"_qs;
            }
            f.write(conf.toUtf8());
        }
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(u"nginx"_qs, {u"-p"_qs, dir, u"-c"_qs, d.filePath(u"nginx.conf"_qs)});
        if (!m_nginx.waitForStarted(10000)) {
            return u"nginx is needed (Debian package nginx-light)"_qs;
        }
        for (int i = 0; i < 100; ++i) {
            if (isUp()) {
                return {};
            }
            QThread::msleep(100);
        }
        return u"nginx did not answer: "_qs + QString::fromUtf8(m_nginx.readAll());
    }

    void stop()
    {
        if (m_nginx.state() == QProcess::NotRunning) {
            return;
        }
        m_nginx.terminate();
        if (!m_nginx.waitForFinished(5000)) {
            m_nginx.kill();
            m_nginx.waitForFinished(5000);
        }
    }

    int port() const { return m_port; }
    QString caFile() const { return QDir(m_dir).filePath(u"ca.pem"_qs); }
    QString www(const QString& name) const { return QDir(m_dir).filePath(u"www/"_qs + name); }
    std::string url(const QString& path, const char* host = "localhost") const
    {
        return "https://" + std::string(host) + ":" + std::to_string(m_port) + "/" + path.toStdString();
    }

    /** Writes `data` to www/`name`. */
    bool put(const QString& name, const std::string& data) const
    {
        QFile f(www(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return false;
        }
        return f.write(data.data(), static_cast<qint64>(data.size())) == static_cast<qint64>(data.size());
    }

private:
    bool run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir);
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            m_error = program + u" failed: "_qs + QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        return true;
    }

    QString m_dir;
    QString m_error;
    QProcess m_nginx;
    int m_port = 0;
};
