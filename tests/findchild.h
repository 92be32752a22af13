#pragma once

#include <QObject>
#include <QtGlobal>

/// The one child of type T of `parent` (named `name`, when given), found as a user finds it on
/// screen: the tests reach widgets by their object names, not through accessors kept for them.
template<typename T> T *child(const QObject &parent, const char *name = nullptr)
{
    T *found = name ? parent.findChild<T *>(QLatin1String(name)) : parent.findChild<T *>();
    if (!found)
        qFatal("no %s named '%s'", T::staticMetaObject.className(), name ? name : "");
    return found;
}
