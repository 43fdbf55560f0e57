#pragma once

#include <QtGlobal>

#include <optional>
#include <utility>

namespace pinstripe {

/**
 * A JSON object member as Pinterest sends it: absent, explicitly `null`, or a value.
 *
 * The three states are kept apart because they mean different things on the wire. A response
 * that says `"promotion_id": null` must be sent back as `null`, not dropped, and an update that
 * clears a field has to send `null`, while a field the user did not touch must not appear in the
 * update at all.
 *
 * A Field converts implicitly from a value so that `adGroup.name = QStringLiteral("Spring")`
 * reads naturally; use setNull() or Field<T>::null() for an explicit null.
 */
template<typename T>
class Field
{
public:
    /** Which of the three states the member is in. */
    enum class State : quint8 {
        Absent, ///< the key is not in the JSON object
        Null,   ///< the key is present with the value `null`
        Value,  ///< the key is present with a value
    };

    /** An absent field. */
    Field() = default;
    /** A field holding @p value. */
    Field(const T &value) // NOLINT(google-explicit-constructor): assignment from a value is the point
        : m_state(State::Value)
        , m_value(value)
    {
    }
    Field(T &&value) // NOLINT(google-explicit-constructor)
        : m_state(State::Value)
        , m_value(std::move(value))
    {
    }

    /** A field that is explicitly `null`. */
    static Field null()
    {
        Field f;
        f.m_state = State::Null;
        return f;
    }

    State state() const { return m_state; }
    bool isAbsent() const { return m_state == State::Absent; }
    bool isNull() const { return m_state == State::Null; }
    bool hasValue() const { return m_state == State::Value; }
    /** True when the key would appear in JSON (as a value or as `null`). */
    bool isPresent() const { return m_state != State::Absent; }

    /** The value; only meaningful when hasValue() (otherwise a default-constructed T). */
    const T &value() const
    {
        Q_ASSERT(hasValue());
        return m_value;
    }
    /** Mutable access to the value, e.g. to append to a list in place; requires hasValue(). */
    T &value()
    {
        Q_ASSERT(hasValue());
        return m_value;
    }
    /** The value, or @p fallback when the field is absent or null. */
    T valueOr(const T &fallback) const { return hasValue() ? m_value : fallback; }
    /** The value as an optional: empty when absent or null. */
    std::optional<T> toOptional() const
    {
        return hasValue() ? std::optional<T>(m_value) : std::nullopt;
    }

    void set(const T &value)
    {
        m_value = value;
        m_state = State::Value;
    }
    void set(T &&value)
    {
        m_value = std::move(value);
        m_state = State::Value;
    }
    /** Makes the field an explicit `null` (used to clear a value on the server). */
    void setNull()
    {
        m_value = T();
        m_state = State::Null;
    }
    /** Makes the field absent (the key is left out of the JSON). */
    void clear()
    {
        m_value = T();
        m_state = State::Absent;
    }

    /** Equal when the states match and, for values, the values match. */
    friend bool operator==(const Field &a, const Field &b)
    {
        if (a.m_state != b.m_state)
            return false;
        return a.m_state != State::Value || a.m_value == b.m_value;
    }
    friend bool operator!=(const Field &a, const Field &b) { return !(a == b); }

private:
    State m_state = State::Absent;
    T m_value{};
};

} // namespace pinstripe
