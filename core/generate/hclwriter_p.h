#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sr::hcl {

/// A string literal: quotes, backslashes and control characters escaped, and "${" and "%{"
/// doubled so that nothing in it is read as a template.
QString quoted(const QString &text);
/// An HCL expression for a JSON value: literals, tuples and objects (keys quoted where they
/// are not identifiers), laid out as `terraform fmt` lays them out. `indent` is the level
/// of the line it starts on.
QString expression(const QJsonValue &value, int indent);

/// A block body written in canonical form (`terraform fmt -check` clean): two spaces per
/// level, and the `=` of adjacent one-line attributes aligned.
class Body
{
public:
    /// An attribute whose value is an expression written as given (a reference, a template).
    void raw(const QString &name, const QString &expression);
    void attribute(const QString &name, const QJsonValue &value);
    Body &block(const QString &type, const QStringList &labels = {});
    bool isEmpty() const { return m_items.isEmpty(); }
    QString render(int indent) const;

private:
    struct Item
    {
        QString name;
        QString expression; ///< attributes
        QStringList labels; ///< blocks
        std::shared_ptr<Body> body; ///< blocks; null for attributes
        QJsonValue value; ///< attributes given as values, laid out when rendered
        bool rawExpression = false;
    };
    QList<Item> m_items;
};

} // namespace sr::hcl
