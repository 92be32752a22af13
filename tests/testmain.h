#pragma once

// One main for every test: the offscreen platform unless another is set, a fixed DPI
// and font so that GUI tests measure the same everywhere.

#include <QApplication>
#include <QTest>

#define SR_TEST_MAIN(TestClass)                                                                                                  \
    int main(int argc, char *argv[])                                                                                             \
    {                                                                                                                            \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                                                      \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                                             \
        qputenv("QT_FONT_DPI", "96");                                                                                            \
        qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");                                                                               \
        QApplication app(argc, argv);                                                                                            \
        QApplication::setOrganizationName(QStringLiteral("ServiceRegistryTests"));                                               \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                                 \
        TestClass test;                                                                                                          \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                               \
        return QTest::qExec(&test, argc, argv);                                                                                  \
    }
