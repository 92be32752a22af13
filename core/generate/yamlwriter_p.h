#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sr::yaml {

/// YAML documents, keys in the conventional order: a Kubernetes object's `apiVersion`, `kind`,
/// `metadata` first, `name`, `namespace` and `image` first in any mapping, the rest sorted. Strings that a YAML 1.1 or 1.2 reader
/// would take for something else (yes, no, on, null, ~, 0123, 1e3, .5, 12:30) are double-quoted; a multi-line text that ends with
/// one newline is written as a literal block. `header` lines become comments.
QByteArray documents(const QStringList &header, const QList<QJsonObject> &documents);

/// Whether a plain scalar with this text would be read as anything but that string.
bool needsQuotes(const QString &text);

} // namespace sr::yaml
