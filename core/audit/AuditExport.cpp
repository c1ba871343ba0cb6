// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditExport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString csvField(const QString& v)
{
    QString q = v;
    q.replace(u'"', u"\"\""_qs);
    return u'"' + q + u'"';
}

} // namespace

QString AuditExport::header(Format format)
{
    if (format == Format::Jsonl) {
        return QString();
    }
    return u"seq,time,type,source_app,dest_app,dest_is_approved_ai,categories,rule_ids,action,content_hmac,"
           "preview,os_user,host,policy_serial,hash\n"_qs;
}

QString AuditExport::line(const AuditEvent& e, Format format)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
    if (format == Format::Csv) {
        return QString::number(e.seq) + u',' + time + u',' + qs(auditEventTypeName(e.type)) + u','
               + csvField(qs(e.sourceApp)) + u',' + csvField(qs(e.destApp)) + u',' + (e.destIsApprovedAi ? u'1' : u'0')
               + u',' + csvField(qs(e.categories)) + u',' + csvField(qs(e.ruleIds)) + u',' + csvField(qs(e.action))
               + u',' + qs(e.contentHmac) + u',' + csvField(qs(e.preview)) + u',' + csvField(qs(e.osUser)) + u','
               + csvField(qs(e.host)) + u',' + QString::number(e.policySerial) + u',' + qs(e.hash) + u'\n';
    }
    const QJsonObject o{{u"seq"_qs, static_cast<qint64>(e.seq)},
                        {u"time"_qs, time},
                        {u"type"_qs, qs(auditEventTypeName(e.type))},
                        {u"source_app"_qs, qs(e.sourceApp)},
                        {u"dest_app"_qs, qs(e.destApp)},
                        {u"dest_is_approved_ai"_qs, e.destIsApprovedAi},
                        {u"categories"_qs, qs(e.categories)},
                        {u"rule_ids"_qs, qs(e.ruleIds)},
                        {u"action"_qs, qs(e.action)},
                        {u"content_hmac"_qs, qs(e.contentHmac)},
                        {u"preview"_qs, qs(e.preview)},
                        {u"os_user"_qs, qs(e.osUser)},
                        {u"host"_qs, qs(e.host)},
                        {u"policy_serial"_qs, static_cast<qint64>(e.policySerial)},
                        {u"hash"_qs, qs(e.hash)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n';
}
