// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/KeyProvider.h"

#include "core/common/Paths.h"
#include "core/common/Tr.h"
#include "core/log/Log.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QByteArray data;
    QString errorString;
};

bool keychainEnabled(const KeyProvider::Options& options)
{
    if (!options.useKeychain) {
        return false;
    }
    const QString env = qEnvironmentVariable("SCRIM_KEYCHAIN").toLower();
    if (env == u"off" || env == u"0" || env == u"no" || env == u"false") {
        return false;
    }
    return QCoreApplication::instance() != nullptr;
}

// Runs one QtKeychain job in a local event loop with a timeout. The job deletes itself when it
// finishes; after a timeout it is left to finish (or not) on its own, because destroying a job
// whose D-Bus/libsecret callback is still pending would leave that callback a dangling pointer.
JobOutcome runJob(QKeychain::Job* job, int timeoutMs)
{
    auto out = std::make_shared<JobOutcome>();
    job->setAutoDelete(true);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [out, &loop](QKeychain::Job* j) {
        out->finished = true;
        out->error = j->error();
        out->errorString = j->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j)) {
            out->data = read->binaryData();
        }
        loop.quit();
    });
    timer.start(timeoutMs);
    job->start();
    if (!out->finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return std::move(*out);
}

void wipe(QByteArray& b)
{
    if (!b.isEmpty()) {
        b.fill('\0');
    }
    b.clear();
}

QString keychainFailure(const JobOutcome& o)
{
    if (!o.finished) {
        return u"no answer within the timeout"_qs;
    }
    return u"error %1: %2"_qs.arg(static_cast<int>(o.error)).arg(o.errorString);
}

std::string fallbackWarning()
{
    return SCRIM_TR_NOOP("CoreErrors",
                         "No OS keychain answered, so the key of the encrypted store is kept in a file in Scrim's "
                         "data folder that only your user can read. Anyone who can read your files can read the "
                         "store.");
}

Error keyFileError()
{
    return Error{ErrorCode::IoError,
                 SCRIM_TR_NOOP("CoreErrors",
                               "The key of the encrypted store could not be saved or read in Scrim's data folder. "
                               "Check that the folder exists and is writable.")};
}

Result<ProvidedKey> readKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return keyFileError();
    }
    QByteArray raw = f.read(StoreKey::Size + 1);
    f.close();
    ProvidedKey out;
    out.key = StoreKey::fromBytes(
        {reinterpret_cast<const std::uint8_t*>(raw.constData()), static_cast<std::size_t>(raw.size())});
    wipe(raw);
    if (!out.key.valid()) {
        Log::get("store")->error("key file has the wrong size");
        return Error{ErrorCode::InvalidData,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The key file of the encrypted store is damaged. The store cannot be opened "
                                   "without its key.")};
    }
    // Someone widened the permissions: narrow them again and say so.
    if ((f.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
        Log::get("store")->warn("key file was readable by others; permissions reset to 0600");
        f.setPermissions(kOwnerOnly);
    }
    out.backend = KeyBackend::KeyFile;
    out.warning = fallbackWarning();
    return out;
}

Result<ProvidedKey> createKeyFile(const QString& path)
{
    ProvidedKey out;
    out.key = StoreKey::generate();
    if (!out.key.valid()) {
        return Error{ErrorCode::Internal,
                     SCRIM_TR_NOOP("CoreErrors", "The system's random number generator failed; no key was made.")};
    }
    // Written under a temporary name of this process's own, created 0600 from the start (never
    // briefly world-readable), synced, then renamed without replacing: a crash leaves either no key
    // file or a complete one, and of two processes creating the key at once exactly one wins (the
    // other then reads the winner's key instead of keeping its own, which would lose the store).
    const QString tmp = path + u".tmp."_qs + QString::number(QCoreApplication::applicationPid()) + u'.'
                        + QString::number(QRandomGenerator::global()->generate(), 16);
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        return keyFileError();
    }
    const auto bytes = out.key.bytes();
    const qint64 n = f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
    bool ok = n == static_cast<qint64>(bytes.size()) && f.flush();
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(f.handle()) == 0;
#endif
    f.close();
    if (!ok) {
        QFile::remove(tmp);
        return keyFileError();
    }
    // QFile::rename never replaces an existing file (renameat2 with RENAME_NOREPLACE on Linux).
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        if (QFileInfo::exists(path)) {
            return readKeyFile(path); // another process created the key first: use that one
        }
        return keyFileError();
    }
    out.backend = KeyBackend::KeyFile;
    out.created = true;
    out.warning = fallbackWarning();
    return out;
}

Result<ProvidedKey> fromKeyFile(const KeyProvider::Options& options, const QString& reason)
{
    auto log = Log::get("store");
    const QString dir = options.dataDir.isEmpty() ? Paths::dataDir() : options.dataDir;
    if (dir.isEmpty()) {
        return keyFileError();
    }
    const QString path = KeyProvider::keyFilePath(dir);
    if (QFileInfo::exists(path)) {
        auto r = readKeyFile(path);
        if (r) {
            log->warn("store key read from the key file ({})", reason.toStdString());
        }
        return r;
    }
    if (!options.allowCreate) {
        return Error{ErrorCode::NotFound,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The key of the encrypted store was not found in the keychain or in Scrim's data "
                                   "folder.")};
    }
    auto r = createKeyFile(path);
    if (r) {
        log->warn("new store key kept in a key file with mode 0600 ({})", reason.toStdString());
    }
    return r;
}

} // namespace

QString KeyProvider::keyFilePath(const QString& dir)
{
    return dir + u"/store.key"_qs;
}

Result<ProvidedKey> KeyProvider::obtain(const Options& options)
{
    auto log = Log::get("store");
    if (!keychainEnabled(options)) {
        auto r = fromKeyFile(options, u"keychain disabled"_qs);
        if (r) {
            // Not a keychain that failed to answer: this process was told not to use one.
            r->warning = SCRIM_TR_NOOP("CoreErrors",
                                       "The OS keychain is switched off for Scrim, so the key of the encrypted store "
                                       "is kept in a file in Scrim's data folder that only your user can "
                                       "read. Anyone who can read your files can read the store.");
        }
        return r;
    }

    auto* read = new QKeychain::ReadPasswordJob(options.service);
    read->setInsecureFallback(false);
    read->setKey(options.account);
    JobOutcome got = runJob(read, options.timeoutMs);
    if (got.finished && got.error == QKeychain::NoError) {
        ProvidedKey out;
        out.key = StoreKey::fromBytes(
            {reinterpret_cast<const std::uint8_t*>(got.data.constData()), static_cast<std::size_t>(got.data.size())});
        wipe(got.data);
        if (!out.key.valid()) {
            log->error("the keychain entry of the store key has the wrong size");
            return Error{ErrorCode::InvalidData,
                         SCRIM_TR_NOOP("CoreErrors",
                                       "The key of the encrypted store in the OS keychain is damaged. The store "
                                       "cannot be opened without its key.")};
        }
        out.backend = KeyBackend::Keychain;
        log->info("store key read from the keychain");
        return out;
    }
    wipe(got.data);

    if (!(got.finished && got.error == QKeychain::EntryNotFound)) {
        log->warn("keychain unavailable: {}", keychainFailure(got).toStdString());
        return fromKeyFile(options, u"keychain unavailable"_qs);
    }

    // The keychain answers but holds no key. A key file from an earlier headless run wins, so the
    // store it encrypts stays readable.
    const QString dir = options.dataDir.isEmpty() ? Paths::dataDir() : options.dataDir;
    if (!dir.isEmpty() && QFileInfo::exists(keyFilePath(dir))) {
        return fromKeyFile(options, u"key file from an earlier run"_qs);
    }
    if (!options.allowCreate) {
        return Error{ErrorCode::NotFound,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The key of the encrypted store was not found in the keychain or in Scrim's data "
                                   "folder.")};
    }

    ProvidedKey out;
    out.key = StoreKey::generate();
    if (!out.key.valid()) {
        return Error{ErrorCode::Internal,
                     SCRIM_TR_NOOP("CoreErrors", "The system's random number generator failed; no key was made.")};
    }
    auto* write = new QKeychain::WritePasswordJob(options.service);
    write->setInsecureFallback(false);
    write->setKey(options.account);
    {
        const auto bytes = out.key.bytes();
        QByteArray data(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
        write->setBinaryData(data);
        wipe(data);
    }
    const JobOutcome put = runJob(write, options.timeoutMs);
    if (put.finished && put.error == QKeychain::NoError) {
        out.backend = KeyBackend::Keychain;
        out.created = true;
        log->info("new store key saved in the keychain");
        return out;
    }
    log->warn("saving the store key in the keychain failed: {}", keychainFailure(put).toStdString());
    return fromKeyFile(options, u"keychain refused the new key"_qs);
}

Result<void> KeyProvider::removeFromKeychain(const Options& options)
{
    if (!keychainEnabled(options)) {
        return {};
    }
    auto* job = new QKeychain::DeletePasswordJob(options.service);
    job->setInsecureFallback(false);
    job->setKey(options.account);
    const JobOutcome o = runJob(job, options.timeoutMs);
    if (o.finished && (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound)) {
        return {};
    }
    Log::get("store")->warn("deleting the keychain entry failed: {}", keychainFailure(o).toStdString());
    return Error{ErrorCode::IoError, SCRIM_TR_NOOP("CoreErrors", "The key could not be removed from the OS keychain.")};
}
