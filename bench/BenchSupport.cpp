// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchSupport.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <thread>

namespace BenchSupport {

namespace {

std::string trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return std::string(s);
}

} // namespace

MachineInfo machineInfo()
{
    MachineInfo m;
    m.logicalCpus = std::thread::hardware_concurrency();
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    unsigned processors = 0;
    bool haveModel = false;
    while (std::getline(in, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) {
            continue;
        }
        const std::string key = trim(std::string_view(line).substr(0, colon));
        const std::string value = trim(std::string_view(line).substr(colon + 1));
        if (key == "processor") {
            ++processors;
        } else if (!haveModel && (key == "model name" || key == "Hardware" || key == "cpu model") && !value.empty()) {
            m.cpu = value;
            haveModel = true;
        } else if (key == "cpu cores" && m.coresPerSocket.empty()) {
            m.coresPerSocket = value;
        }
    }
    if (m.logicalCpus == 0) {
        m.logicalCpus = processors;
    }
    return m;
}

double median(std::vector<double> v)
{
    if (v.empty()) {
        return 0.0;
    }
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

} // namespace BenchSupport
