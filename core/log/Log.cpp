// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/Log.h"

#include "core/common/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QtGlobal>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <map>
#include <mutex>

namespace {

std::mutex s_mutex;
spdlog::sink_ptr s_sink;
std::string s_file;
spdlog::level::level_enum s_level = spdlog::level::info;
std::map<std::string, std::shared_ptr<spdlog::logger>, std::less<>> s_loggers;

spdlog::level::level_enum levelFromEnv()
{
    const char* v = std::getenv("SCRIM_LOG_LEVEL");
    if (v == nullptr || *v == '\0') {
        return spdlog::level::info;
    }
    // from_str answers "off" for a name it does not know; a typo must not switch diagnostics off.
    const std::string name(v);
    const auto l = spdlog::level::from_str(name);
    return (l == spdlog::level::off && name != "off") ? spdlog::level::info : l;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& /*context*/, const QString& msg)
{
    auto log = Log::get("qt");
    const std::string text = msg.toStdString();
    switch (type) {
    case QtDebugMsg:
        log->debug("{}", text);
        break;
    case QtInfoMsg:
        log->info("{}", text);
        break;
    case QtWarningMsg:
        log->warn("{}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        log->error("{}", text);
        break;
    }
}

} // namespace

namespace Log {

std::string init(std::string_view processName)
{
    std::string problem;
    {
        std::lock_guard lock(s_mutex);
        s_level = levelFromEnv();
        const QString dir = Paths::dataDir();
        if (dir.isEmpty()) {
            problem = "No data folder could be created, so diagnostics are not written to a file. "
                      "Set SCRIM_DATA_DIR to a writable folder.";
        } else {
            const QString logDir = dir + u"/logs"_qs;
            QDir().mkpath(logDir);
            s_file = (logDir + u'/' + QString::fromUtf8(processName.data(), static_cast<qsizetype>(processName.size()))
                      + u".log"_qs)
                         .toStdString();
            try {
                s_sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(s_file, 1024 * 1024, 3);
            } catch (const spdlog::spdlog_ex&) {
                s_sink.reset();
                problem = "The log file " + s_file
                          + " cannot be written; diagnostics are off. Check the folder's permissions.";
                s_file.clear();
            }
        }
        if (!s_sink) {
            s_sink = std::make_shared<spdlog::sinks::null_sink_mt>();
        }
        s_sink->set_formatter(std::make_unique<spdlog::pattern_formatter>("%Y-%m-%dT%H:%M:%S.%eZ %l [%n] %v",
                                                                          spdlog::pattern_time_type::utc));
        for (auto& [name, logger] : s_loggers) {
            logger->sinks() = {s_sink};
            logger->set_level(s_level);
        }
    }
    qInstallMessageHandler(qtMessageHandler);
    get("app")->info("{} started (pid {})", processName, static_cast<long long>(QCoreApplication::applicationPid()));
    return problem;
}

std::shared_ptr<spdlog::logger> get(std::string_view subsystem)
{
    std::lock_guard lock(s_mutex);
    const auto it = s_loggers.find(subsystem);
    if (it != s_loggers.end()) {
        return it->second;
    }
    if (!s_sink) {
        s_sink = std::make_shared<spdlog::sinks::null_sink_mt>();
    }
    auto logger = std::make_shared<spdlog::logger>("scrim." + std::string(subsystem), s_sink);
    logger->set_level(s_level);
    // Every line reaches the file at once: lines are few (events, not content), and a crash or a
    // reader (the end-to-end test, a support engineer's tail -f) must not miss the last ones.
    logger->flush_on(spdlog::level::trace);
    s_loggers.emplace(std::string(subsystem), logger);
    return logger;
}

std::string filePath()
{
    std::lock_guard lock(s_mutex);
    return s_file;
}

} // namespace Log
