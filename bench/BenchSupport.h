// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

/** What the benchmarks share: the machine they ran on, medians, JSON strings. */
namespace BenchSupport {

struct MachineInfo
{
    std::string cpu = "unknown CPU";
    unsigned logicalCpus = 0;
    std::string coresPerSocket;
};

/** The CPU model and counts from /proc/cpuinfo (Linux; "unknown CPU" elsewhere). */
MachineInfo machineInfo();
double median(std::vector<double> v);
double secondsSince(std::chrono::steady_clock::time_point t0);
/** `s` as a JSON string literal, quotes included. */
std::string jsonString(std::string_view s);

} // namespace BenchSupport

using BenchSupport::jsonString;
using BenchSupport::MachineInfo;
using BenchSupport::machineInfo;
using BenchSupport::median;
using BenchSupport::secondsSince;
