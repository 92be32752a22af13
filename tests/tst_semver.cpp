#include "testmain.h"

#include "catalog/semver.h"

using namespace sr;

class TestSemVer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << "1.2.3" << true << "1.2.3";
        QTest::newRow("prerelease") << "2.0.0-rc.1" << true << "2.0.0-rc.1";
        QTest::newRow("build metadata dropped") << "1.0.0+build.5" << true << "1.0.0";
        QTest::newRow("two parts") << "1.2" << false << "";
        QTest::newRow("leading zero") << "01.2.3" << false << "";
        QTest::newRow("letters") << "one.two.three" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("trailing space") << "1.2.3 " << false << "";
        QTest::newRow("leading space") << " 1.2.3" << false << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const auto v = SemVer::parse(text);
        QCOMPARE(v.has_value(), valid);
        if (v)
            QCOMPARE(v->toString(), normalized);
    }

    void precedence()
    {
        // semver.org §11 example chain.
        const QStringList chain{
            QStringLiteral("1.0.0-alpha"), QStringLiteral("1.0.0-alpha.1"), QStringLiteral("1.0.0-alpha.beta"),
            QStringLiteral("1.0.0-beta"),  QStringLiteral("1.0.0-beta.2"),  QStringLiteral("1.0.0-beta.11"),
            QStringLiteral("1.0.0-rc.1"),  QStringLiteral("1.0.0"),         QStringLiteral("2.0.0"),
            QStringLiteral("2.1.0"),       QStringLiteral("2.1.1"),         QStringLiteral("10.0.0")};
        for (qsizetype i = 0; i + 1 < chain.size(); ++i)
            QVERIFY2(*SemVer::parse(chain[i]) < *SemVer::parse(chain[i + 1]),
                     qPrintable(chain[i] + QStringLiteral(" < ") + chain[i + 1]));
    }

    void constraints_data()
    {
        QTest::addColumn<QString>("constraint");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("satisfied");
        QTest::newRow("caret major") << "^1.2"
                                     << "1.9.9" << true;
        QTest::newRow("caret major upper") << "^1.2"
                                           << "2.0.0" << false;
        QTest::newRow("caret major lower") << "^1.2"
                                           << "1.1.9" << false;
        QTest::newRow("caret zero minor") << "^0.2.3"
                                          << "0.2.9" << true;
        QTest::newRow("caret zero minor upper") << "^0.2.3"
                                                << "0.3.0" << false;
        QTest::newRow("caret zero patch") << "^0.0.3"
                                          << "0.0.4" << false;
        QTest::newRow("tilde minor") << "~1.2.3"
                                     << "1.2.9" << true;
        QTest::newRow("tilde minor upper") << "~1.2.3"
                                           << "1.3.0" << false;
        QTest::newRow("tilde major only") << "~1"
                                          << "1.9.0" << true;
        QTest::newRow(">= and <") << ">=1.4, <2"
                                  << "1.9.0" << true;
        QTest::newRow(">= and < upper") << ">=1.4, <2"
                                        << "2.0.0" << false;
        QTest::newRow("space separated") << ">= 1.4 < 2"
                                         << "1.4.0" << true;
        QTest::newRow("exact") << "=1.2.3"
                               << "1.2.3" << true;
        QTest::newRow("exact other") << "=1.2.3"
                                     << "1.2.4" << false;
        QTest::newRow("partial equals") << "=3.1"
                                        << "3.1.7" << true;
        QTest::newRow("bare partial") << "15"
                                      << "15.4.0" << true;
        QTest::newRow("greater partial") << ">1.2"
                                         << "1.2.9" << false;
        QTest::newRow("greater partial next") << ">1.2"
                                              << "1.3.0" << true;
        QTest::newRow("less-equal partial") << "<=1.2"
                                            << "1.2.9" << true;
        QTest::newRow("or") << "^1 || ^3"
                            << "3.0.1" << true;
        QTest::newRow("or none") << "^1 || ^3"
                                 << "2.0.0" << false;
        QTest::newRow("wildcard") << "1.x"
                                  << "1.7.0" << true;
        QTest::newRow("any") << "*"
                             << "99.0.0" << true;
        QTest::newRow("prerelease below release") << ">=2.0.0"
                                                  << "2.0.0-rc.1" << false;
        // A pre-release of the next series never satisfies an implied upper bound
        // (npm's <2.0.0-0), and only a comparator naming a pre-release of the same
        // MAJOR.MINOR.PATCH lets pre-releases in (node-semver's rule).
        QTest::newRow("caret excludes next pre-release") << "^1.2"
                                                         << "2.0.0-rc.1" << false;
        QTest::newRow("x-range excludes next pre-release") << "1.x"
                                                           << "2.0.0-rc.1" << false;
        QTest::newRow("bare major excludes next pre-release") << "15"
                                                              << "16.0.0-rc.1" << false;
        QTest::newRow("partial excludes next pre-release") << "3.1"
                                                           << "3.2.0-rc.1" << false;
        QTest::newRow("tilde excludes next pre-release") << "~1.2.3"
                                                         << "1.3.0-rc.1" << false;
        QTest::newRow("caret zero excludes next pre-release") << "^0.2"
                                                              << "0.3.0-rc.1" << false;
        QTest::newRow("pre-release inside the series is out") << "^1.2"
                                                              << "1.5.0-beta" << false;
        QTest::newRow("opted-in pre-release") << "^1.2.0-beta.1"
                                              << "1.2.0-beta.2" << true;
        QTest::newRow("opted-in series only") << "^1.2.0-beta.1"
                                              << "1.3.0-beta.1" << false;
        QTest::newRow("opted-in release above") << "^1.2.0-beta.1"
                                                << "1.9.0" << true;
        QTest::newRow("caret zero zero is exact") << "^0.0.3"
                                                  << "0.0.4" << false;
        QTest::newRow("caret zero zero matches itself") << "^0.0.3"
                                                        << "0.0.3" << true;
        QTest::newRow("less than partial excludes its pre-releases") << "<2"
                                                                     << "2.0.0-rc.1" << false;
        QTest::newRow("any excludes pre-releases") << "*"
                                                   << "1.0.0-rc.1" << false;
    }
    void constraints()
    {
        QFETCH(QString, constraint);
        QFETCH(QString, version);
        QFETCH(bool, satisfied);
        QString error;
        const auto c = VersionConstraint::parse(constraint, &error);
        QVERIFY2(c.has_value(), qPrintable(error));
        QCOMPARE(c->isSatisfiedBy(*SemVer::parse(version)), satisfied);
    }

    void invalidConstraints_data()
    {
        QTest::addColumn<QString>("constraint");
        QTest::newRow("empty") << "";
        QTest::newRow("double caret") << "^^1";
        QTest::newRow("word") << "latest";
        QTest::newRow("empty alternative") << "^1 ||";
        QTest::newRow("four parts") << "1.2.3.4";
        QTest::newRow("wildcard then number") << "1.x.3";
    }
    void invalidConstraints()
    {
        QFETCH(QString, constraint);
        QString error;
        QVERIFY(!VersionConstraint::parse(constraint, &error));
        QVERIFY(!error.isEmpty());
    }
};

SR_TEST_MAIN(TestSemVer)
#include "tst_semver.moc"
