// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

namespace Plafond {

// Why something could not be done, in words for the user. The kind says whom to blame: a rule about the
// data (the user can fix the input), the database itself (locked, read-only, full, I/O: an import then
// blames the database, not a line of its file), or a record that is not there.
struct Error
{
    enum class Kind { Rule, Database, NotFound };

    QString message;
    Kind kind = Kind::Rule;

    static Error rule(QString message) { return Error{std::move(message), Kind::Rule}; }
    static Error database(QString message) { return Error{std::move(message), Kind::Database}; }
    static Error notFound(QString message = QString()) { return Error{std::move(message), Kind::NotFound}; }
};

// The outcome of a write: success, or its error. Every store's write returns one, so that the error
// travels with the call that failed (never a "last error" to clear and to read afterwards).
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}

    explicit operator bool() const { return !m_failed; }
    bool ok() const { return !m_failed; }
    const Error &error() const { return m_error; }
    // Empty on success.
    const QString &message() const { return m_error.message; }
    bool isDatabaseError() const { return m_failed && m_error.kind == Error::Kind::Database; }
    bool isNotFound() const { return m_failed && m_error.kind == Error::Kind::NotFound; }

private:
    Error m_error;
    bool m_failed = false;
};

// A value, or the error that kept it from being read. Reads like std::optional (bool, *, ->), and a
// container result iterates like its container (nothing on failure), so `for (x : store.list())` reads
// what there is while the error stays available to whoever asks.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    Result(Status status) : m_error(status.error()) {}

    explicit operator bool() const { return m_value.has_value(); }
    bool ok() const { return m_value.has_value(); }
    bool has_value() const { return m_value.has_value(); }

    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }

    // The value; a default-made one on failure (what the old "empty list on error" gave).
    const T &value() const & { return m_value ? *m_value : empty(); }
    T value() && { return m_value ? std::move(*m_value) : T(); }
    T valueOr(T fallback) const & { return m_value ? *m_value : std::move(fallback); }
    // The value as std::optional (nullopt on failure).
    std::optional<T> optional() const & { return m_value; }
    std::optional<T> optional() && { return std::move(m_value); }

    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }
    bool isDatabaseError() const { return !m_value && m_error.kind == Error::Kind::Database; }
    bool isNotFound() const { return !m_value && m_error.kind == Error::Kind::NotFound; }
    Status status() const { return m_value ? Status() : Status(m_error); }

    // A result equals a value when it holds that value (a failure equals nothing).
    friend bool operator==(const Result &result, const T &value) { return result.ok() && *result == value; }
    friend bool operator!=(const Result &result, const T &value) { return !(result == value); }

    auto begin() const { return value().begin(); }
    auto end() const { return value().end(); }

private:
    static const T &empty()
    {
        static const T none{};
        return none;
    }

    std::optional<T> m_value;
    Error m_error;
};

// The first failure among several reads done together (success when there is none).
inline Status firstFailure(std::initializer_list<Status> statuses)
{
    for (const Status &status : statuses) {
        if (!status)
            return status;
    }
    return {};
}

} // namespace Plafond
