#pragma once

#include <memory>

namespace sr {

/// An optional value kept on the heap, with value semantics (a copy is a deep copy): for a
/// large member that most objects lack. A `std::optional` takes the value's full size in
/// every object; this takes a pointer. Used as `std::optional` is: test, `*`, `->`, assign a value.
template<typename T> class Boxed
{
public:
    Boxed() = default;
    Boxed(const T &value)
        : m_value(std::make_unique<T>(value))
    { }
    Boxed(T &&value)
        : m_value(std::make_unique<T>(std::move(value)))
    { }
    Boxed(const Boxed &other)
        : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr)
    { }
    Boxed(Boxed &&) noexcept = default;
    Boxed &operator=(const Boxed &other)
    {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    Boxed &operator=(Boxed &&) noexcept = default;

    bool has_value() const { return bool(m_value); }
    explicit operator bool() const { return has_value(); }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T *operator->() const { return m_value.get(); }
    T *operator->() { return m_value.get(); }

private:
    std::unique_ptr<T> m_value;
};

} // namespace sr
