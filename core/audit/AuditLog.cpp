// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"

#include "core/common/Crypto.h"
#include "core/common/Tr.h"
#include "core/store/Store.h"

#include <QFile>
#include <QSaveFile>

#include <chrono>
#include <cstdlib>

namespace {

constexpr std::string_view hmacKeyName = "audit_hmac_key";
constexpr std::string_view chainBaseSeqName = "audit_chain_base_seq";
constexpr std::string_view chainBaseHashName = "audit_chain_base_hash";
constexpr std::string_view genesis = "0000000000000000000000000000000000000000000000000000000000000000";

// One field of the canonical form: its length, a colon, the bytes, a separator. Lengths make the
// form unambiguous whatever the fields contain.
void field(std::string& out, std::string_view v)
{
    out += std::to_string(v.size());
    out += ':';
    out += v;
    out += '|';
}

constexpr std::string_view selectColumns =
    "SELECT seq, time_ms, type, source_app, dest_app, dest_ai, categories, rule_ids, action, content_hmac, "
    "preview, os_user, host, policy_serial, prev_hash, hash FROM audit_events";

AuditEvent readRow(const Statement& st)
{
    AuditEvent e;
    e.seq = static_cast<std::uint64_t>(st.columnInt(0));
    e.timeMs = st.columnInt(1);
    const std::string type = st.columnText(2);
    for (int t = 0; t <= static_cast<int>(AuditEventType::StoreRecovered); ++t) {
        if (auditEventTypeName(static_cast<AuditEventType>(t)) == type) {
            e.type = static_cast<AuditEventType>(t);
        }
    }
    e.sourceApp = st.columnText(3);
    e.destApp = st.columnText(4);
    e.destIsApprovedAi = st.columnInt(5) != 0;
    e.categories = st.columnText(6);
    e.ruleIds = st.columnText(7);
    e.action = st.columnText(8);
    e.contentHmac = st.columnText(9);
    e.preview = st.columnText(10);
    e.osUser = st.columnText(11);
    e.host = st.columnText(12);
    e.policySerial = st.columnInt(13);
    e.prevHash = st.columnText(14);
    e.hash = st.columnText(15);
    return e;
}

} // namespace

AuditLog::AuditLog(Store& store, std::string hmacKey)
    : m_store(&store)
    , m_hmacKey(std::move(hmacKey))
{}

Result<AuditLog> AuditLog::open(Store& store)
{
    auto existing = store.meta(hmacKeyName);
    if (!existing) {
        return existing.error();
    }
    std::string key;
    if (existing->has_value()) {
        if (!Crypto::fromHex(**existing, key) || key.size() != 32) {
            return Error{
                ErrorCode::InvalidData,
                SCRIM_TR_NOOP("CoreErrors", "The audit log's content key is damaged; the log cannot be used.")};
        }
    } else {
        std::string raw = Crypto::randomBytes(32);
        if (raw.empty()) {
            return Error{
                ErrorCode::Internal,
                SCRIM_TR_NOOP("CoreErrors", "No random numbers were available to create the audit log's key.")};
        }
        key = raw;
        std::string hex = Crypto::toHex(raw);
        auto set = store.setMeta(hmacKeyName, hex);
        Crypto::wipe(raw);
        Crypto::wipe(hex);
        if (!set) {
            return set.error();
        }
    }
    AuditLog log(store, std::move(key));
    if (auto a = log.readAnchor()) {
        log.m_lastAnchor = *a;
    }
    return log;
}

QString AuditLog::anchorPath() const
{
    return m_store->database().path() + u".anchor"_qs;
}

std::optional<AuditLog::Anchor> AuditLog::readAnchor() const
{
    QFile f(anchorPath());
    if (!f.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    // A damaged anchor vouches for nothing: every event then counts as unanchored.
    if (parts.size() != 3) {
        return std::nullopt;
    }
    Anchor a;
    bool ok1 = false;
    bool ok2 = false;
    a.seq = parts[0].toULongLong(&ok1);
    a.hash = parts[1].toStdString();
    a.timeMs = parts[2].toLongLong(&ok2);
    if (!ok1 || !ok2 || a.hash.size() != 64) {
        return std::nullopt;
    }
    return a;
}

Result<void> AuditLog::writeAnchor(const Anchor& anchor)
{
    QSaveFile f(anchorPath());
    if (!f.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::IoError,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The audit log's anchor file cannot be written; check the data folder's space and "
                                   "permissions.")};
    }
    const QByteArray line = QByteArray::number(static_cast<qulonglong>(anchor.seq)) + ' '
                            + QByteArray::fromStdString(anchor.hash) + ' ' + QByteArray::number(anchor.timeMs) + '\n';
    f.write(line);
    if (!f.commit()) {
        return Error{ErrorCode::IoError,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The audit log's anchor file cannot be written; check the data folder's space and "
                                   "permissions.")};
    }
    QFile::setPermissions(anchorPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lastAnchor = anchor;
    return {};
}

Result<void> AuditLog::anchorNow()
{
    auto last = m_store->database().prepare("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    if (!last) {
        return last.error();
    }
    auto has = last->step();
    if (!has) {
        return has.error();
    }
    if (!has.value()) {
        return {};
    }
    const auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    return writeAnchor(Anchor{static_cast<std::uint64_t>(last->columnInt(0)), last->columnText(1), now});
}

std::string AuditLog::contentHash(std::string_view content) const
{
    return Crypto::hmacSha256Hex(m_hmacKey, content, 32);
}

std::string AuditLog::canonical(const AuditEvent& e)
{
    // The same fields, in the same order and form, as the stored row's columns read back as text.
    std::string out;
    field(out, std::to_string(e.seq));
    field(out, std::to_string(e.timeMs));
    field(out, auditEventTypeName(e.type));
    field(out, e.sourceApp);
    field(out, e.destApp);
    field(out, e.destIsApprovedAi ? "1" : "0");
    field(out, e.categories);
    field(out, e.ruleIds);
    field(out, e.action);
    field(out, e.contentHmac);
    field(out, e.preview);
    field(out, e.osUser);
    field(out, e.host);
    field(out, std::to_string(e.policySerial));
    return out;
}

Result<std::uint64_t> AuditLog::append(AuditEvent e)
{
    Database& db = m_store->database();
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto last = db.prepare("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    if (!last) {
        return last.error();
    }
    auto has = last->step();
    if (!has) {
        return has.error();
    }
    e.seq = has.value() ? static_cast<std::uint64_t>(last->columnInt(0)) + 1 : 1;
    e.prevHash = has.value() ? last->columnText(1) : std::string(genesis);
    if (e.timeMs == 0) {
        e.timeMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
    }
    e.hash = Crypto::sha256Hex(e.prevHash, canonical(e));
    auto ins = db.prepare("INSERT INTO audit_events (seq, time_ms, type, source_app, dest_app, dest_ai, categories, "
                          "rule_ids, action, content_hmac, preview, os_user, host, policy_serial, prev_hash, hash) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!ins) {
        return ins.error();
    }
    Statement& st = ins.value();
    const std::string type(auditEventTypeName(e.type));
    for (auto r : {st.bind(1, static_cast<std::int64_t>(e.seq)),
                   st.bind(2, e.timeMs),
                   st.bind(3, std::string_view(type)),
                   st.bind(4, std::string_view(e.sourceApp)),
                   st.bind(5, std::string_view(e.destApp)),
                   st.bind(6, e.destIsApprovedAi ? 1 : 0),
                   st.bind(7, std::string_view(e.categories)),
                   st.bind(8, std::string_view(e.ruleIds)),
                   st.bind(9, std::string_view(e.action)),
                   st.bind(10, std::string_view(e.contentHmac)),
                   st.bind(11, std::string_view(e.preview)),
                   st.bind(12, std::string_view(e.osUser)),
                   st.bind(13, std::string_view(e.host)),
                   st.bind(14, e.policySerial),
                   st.bind(15, std::string_view(e.prevHash)),
                   st.bind(16, std::string_view(e.hash))}) {
        if (!r) {
            return r.error();
        }
    }
    auto run = st.run();
    if (!run) {
        return run.error();
    }
    auto done = tx->commit();
    if (!done) {
        return done.error();
    }
    if (e.seq >= m_lastAnchor.seq + kAnchorEvery || e.timeMs - m_lastAnchor.timeMs >= kAnchorIntervalMs) {
        // The event is stored; a failed anchor write is reported but does not undo it.
        auto anchored = writeAnchor(Anchor{e.seq, e.hash, e.timeMs});
        if (!anchored) {
            return anchored.error();
        }
    }
    return e.seq;
}

Result<std::uint64_t> AuditLog::purgeOlderThan(std::int64_t cutoffMs)
{
    Database& db = m_store->database();
    std::uint64_t through = 0;
    std::string throughHash;
    std::uint64_t deleted = 0;
    {
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        auto last = db.prepare("SELECT seq, hash FROM audit_events WHERE time_ms < ?1 ORDER BY seq DESC LIMIT 1");
        if (!last) {
            return last.error();
        }
        if (auto b = last->bind(1, cutoffMs); !b) {
            return b.error();
        }
        auto has = last->step();
        if (!has) {
            return has.error();
        }
        if (!has.value()) {
            return std::uint64_t(0);
        }
        through = static_cast<std::uint64_t>(last->columnInt(0));
        throughHash = last->columnText(1);
        auto del = db.prepare("DELETE FROM audit_events WHERE seq <= ?1");
        if (!del) {
            return del.error();
        }
        if (auto b = del->bind(1, static_cast<std::int64_t>(through)); !b) {
            return b.error();
        }
        if (auto r = del->run(); !r) {
            return r.error();
        }
        deleted = static_cast<std::uint64_t>(db.changes());
        for (auto r : {m_store->setMeta(chainBaseSeqName, std::to_string(through)),
                       m_store->setMeta(chainBaseHashName, throughHash)}) {
            if (!r) {
                return r.error();
            }
        }
        if (auto c = tx->commit(); !c) {
            return c.error();
        }
    }
    // The purge is itself an event in the chain; it names the new start, so moving the start
    // later (hiding more events) breaks the chain.
    AuditEvent e;
    e.type = AuditEventType::LogPurged;
    e.action = "retention";
    e.categories = "through:" + std::to_string(through);
    e.contentHmac = throughHash;
    e.preview = std::to_string(deleted) + " events";
    if (auto r = append(e); !r) {
        return r.error();
    }
    if (auto a = anchorNow(); !a) {
        return a.error();
    }
    return deleted;
}

Result<AuditLog::Verification> AuditLog::verify()
{
    auto st = m_store->database().prepare(std::string(selectColumns) + " ORDER BY seq");
    if (!st) {
        return st.error();
    }
    Verification v;
    const std::optional<Anchor> anchor = readAnchor();
    // Where the chain starts: at the beginning, or after the last event a purge removed.
    std::uint64_t baseSeq = 0;
    std::string prev(genesis);
    {
        auto seq = m_store->meta(chainBaseSeqName);
        auto hash = m_store->meta(chainBaseHashName);
        if (!seq) {
            return seq.error();
        }
        if (!hash) {
            return hash.error();
        }
        if (seq->has_value() && hash->has_value()) {
            baseSeq = std::strtoull((*seq)->c_str(), nullptr, 10);
            prev = **hash;
        }
    }
    const std::string baseHash = prev;
    std::uint64_t expectedSeq = baseSeq + 1;
    std::optional<std::pair<std::string, std::string>> lastPurge; // what the newest log_purged says
    for (;;) {
        auto has = st->step();
        if (!has) {
            return has.error();
        }
        if (!has.value()) {
            break;
        }
        const AuditEvent e = readRow(st.value());
        ++v.rowsChecked;
        // The chain covers the stored bytes, not their parsed values: an unknown event type or a
        // flag of 2 must not read back as a valid one.
        std::string stored;
        for (int col = 0; col < 14; ++col) {
            field(stored, st->columnText(col));
        }
        if (e.seq != expectedSeq) {
            v.firstBrokenSeq = e.seq;
            v.problem = SCRIM_TR_NOOP("CoreErrors", "its sequence number does not follow the one before it");
            break;
        }
        if (e.prevHash != prev) {
            v.firstBrokenSeq = e.seq;
            v.problem = SCRIM_TR_NOOP("CoreErrors",
                                      "it does not continue the chain (an event before it was removed, reordered or "
                                      "forged)");
            break;
        }
        if (Crypto::sha256Hex(e.prevHash, stored) != e.hash) {
            v.firstBrokenSeq = e.seq;
            v.problem = SCRIM_TR_NOOP("CoreErrors", "its content does not match its hash (the event was changed)");
            break;
        }
        if (anchor && e.seq == anchor->seq && e.hash != anchor->hash) {
            v.firstBrokenSeq = e.seq;
            v.problem = SCRIM_TR_NOOP("CoreErrors",
                                      "it differs from the anchored head of the log (the log was rewritten or "
                                      "replaced)");
            break;
        }
        if (e.type == AuditEventType::LogPurged) {
            lastPurge = std::make_pair(e.categories, e.contentHmac);
        }
        prev = e.hash;
        ++expectedSeq;
    }
    if (v.ok() && baseSeq > 0
        && (!lastPurge || lastPurge->first != "through:" + std::to_string(baseSeq) || lastPurge->second != baseHash)) {
        v.firstBrokenSeq = baseSeq + 1;
        v.problem = SCRIM_TR_NOOP("CoreErrors",
                                  "the log's start was moved without a matching purge record (events were removed)");
    }
    const std::uint64_t lastSeq = expectedSeq - 1;
    if (v.ok() && anchor) {
        if (anchor->seq > lastSeq) {
            v.firstBrokenSeq = lastSeq + 1;
            v.problem = SCRIM_TR_NOOP("CoreErrors",
                                      "events the anchor vouches for are missing (the end of the log was cut off or "
                                      "an older copy was put back)");
        } else {
            v.anchoredSeq = anchor->seq;
        }
    }
    if (v.ok()) {
        v.unanchoredTail = lastSeq - v.anchoredSeq;
    }
    return v;
}

namespace {

Result<std::vector<AuditEvent>> collect(Statement& st)
{
    std::vector<AuditEvent> out;
    for (;;) {
        auto has = st.step();
        if (!has) {
            return has.error();
        }
        if (!has.value()) {
            return out;
        }
        out.push_back(readRow(st));
    }
}

} // namespace

Result<std::vector<AuditEvent>> AuditLog::all()
{
    auto st = m_store->database().prepare(std::string(selectColumns) + " ORDER BY seq");
    if (!st) {
        return st.error();
    }
    return collect(st.value());
}

Result<std::vector<AuditEvent>> AuditLog::list(std::size_t limit)
{
    auto st = m_store->database().prepare(std::string(selectColumns) + " ORDER BY seq DESC LIMIT ?1");
    if (!st) {
        return st.error();
    }
    if (auto b = st->bind(1, static_cast<std::int64_t>(limit)); !b) {
        return b.error();
    }
    return collect(st.value());
}
