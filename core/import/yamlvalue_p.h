#pragma once

// yaml-cpp throws when a missing key is looked into (`node["spec"]["replicas"]` without
// `spec`); real files leave most keys out. YamlValue reads a node the way the importers need:
// a missing key is an empty value, and asking anything of it is safe.

#include <QList>
#include <QString>

#include <utility>

#include <yaml-cpp/yaml.h>

namespace sr::detail {

class YamlValue
{
public:
    YamlValue() = default;
    YamlValue(const YAML::Node &node) // NOLINT(google-explicit-constructor): a node is a value
        : m_node(node)
        , m_present(node.IsDefined() && !node.IsNull())
    { }

    /// The member `key` of a mapping; empty when this is not a mapping or has no such key.
    YamlValue operator[](const char *key) const
    {
        if (!IsMap())
            return {};
        const YAML::Node &node = m_node;
        const YAML::Node child = node[key];
        return child.IsDefined() ? YamlValue(child) : YamlValue();
    }
    YamlValue operator[](const std::string &key) const { return (*this)[key.c_str()]; }
    YamlValue operator[](const QString &key) const { return (*this)[key.toStdString()]; }
    /// The element `index` of a sequence; empty when out of range.
    YamlValue operator[](std::size_t index) const
    {
        if (!IsSequence() || index >= m_node.size())
            return {};
        return YamlValue(m_node[index]);
    }
    YamlValue operator[](int index) const { return (*this)[std::size_t(index)]; }

    /// Present and not null.
    explicit operator bool() const { return m_present; }
    bool IsMap() const { return m_present && m_node.IsMap(); }
    bool IsSequence() const { return m_present && m_node.IsSequence(); }
    bool IsScalar() const { return m_present && m_node.IsScalar(); }
    std::size_t size() const { return m_present && (m_node.IsMap() || m_node.IsSequence()) ? m_node.size() : 0; }
    std::string Scalar() const { return IsScalar() ? m_node.Scalar() : std::string(); }
    /// A scalar's text; empty for anything else.
    QString text() const { return IsScalar() ? QString::fromStdString(m_node.Scalar()) : QString(); }
    YAML::Mark Mark() const { return m_present ? m_node.Mark() : YAML::Mark(); }
    const YAML::Node &node() const { return m_node; }

    /// A sequence's elements (none for anything else).
    QList<YamlValue> items() const
    {
        QList<YamlValue> out;
        if (IsSequence()) {
            for (const YAML::Node &n : m_node)
                out.append(YamlValue(n));
        }
        return out;
    }
    /// A mapping's members in file order (none for anything else).
    QList<std::pair<QString, YamlValue>> entries() const
    {
        QList<std::pair<QString, YamlValue>> out;
        if (IsMap()) {
            for (const auto &pair : m_node)
                out.append({QString::fromStdString(pair.first.Scalar()), YamlValue(pair.second)});
        }
        return out;
    }

private:
    YAML::Node m_node;
    bool m_present = false;
};

} // namespace sr::detail
