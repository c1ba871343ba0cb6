// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <variant>

/**
 * The one error type of the core. `code` is for programs, `message` is for people: a complete
 * English sentence that says what went wrong and what to do about it. A message never contains
 * scanned content, matched values or keys. Front ends translate known messages with tr().
 */
enum class ErrorCode
{
    InvalidArgument,
    NotFound,
    IoError,
    InvalidData,
    OutOfMemory,
    RuleError,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string message;
};

/**
 * Result<T> holds either a T or an Error (a small std::expected for C++20). Module boundaries
 * return it instead of throwing. Accessing the wrong alternative is a programming error
 * (std::get throws std::bad_variant_access).
 */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/** Result<void>: success or an Error. */
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};
