#include "import/importreport.h"

#include "analysis/jsonwriter.h"
#include "analysis/reporttext_p.h"

#include <QHash>
#include <QIODevice>

namespace sr {

QString outcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Carried:
        return QStringLiteral("carried");
    case ImportOutcome::Approximated:
        return QStringLiteral("approximated");
    case ImportOutcome::NotCarried:
        return QStringLiteral("not carried");
    }
    return {};
}

std::span<const ReportFormat> ImportReport::formats()
{
    static constexpr ReportFormat list[] = {ReportFormat::Text, ReportFormat::Json};
    return list;
}

int ImportReport::count(ImportOutcome outcome) const
{
    return int(std::count_if(facts.cbegin(), facts.cend(), [outcome](const ImportFact &f) { return f.outcome == outcome; }));
}

void ImportReport::render(ReportFormat format, QIODevice &out) const
{
    if (format == ReportFormat::Json) {
        JsonWriter json(out);
        json.beginObject();
        json.member("project", project);
        json.member("source", source);
        json.member("written", written);
        json.key("totals");
        json.beginObject();
        json.member("carried", count(ImportOutcome::Carried));
        json.member("approximated", count(ImportOutcome::Approximated));
        json.member("not_carried", count(ImportOutcome::NotCarried));
        json.endObject();
        json.key("services");
        json.beginArray();
        for (const ServiceResult &s : services) {
            json.element();
            json.beginObject();
            json.member("id", s.id);
            json.member("object", s.object);
            json.member("as", s.as);
            json.endObject();
        }
        json.endArray();
        json.key("facts");
        json.beginArray();
        for (const ImportFact &f : facts) {
            json.element();
            json.beginObject();
            json.member("object", f.object);
            json.member("field", f.field);
            json.member("outcome", outcomeName(f.outcome));
            if (!f.note.isEmpty())
                json.member("note", f.note);
            json.endObject();
        }
        json.endArray();
        json.key("files");
        json.beginArray();
        for (const FileResult &f : files) {
            json.element();
            json.beginObject();
            json.member("path", f.path);
            json.member("created", f.created);
            if (!f.diff.isEmpty())
                json.member("diff", QString::fromUtf8(f.diff));
            json.endObject();
        }
        json.endArray();
        json.key("errors");
        json.beginArray();
        for (const Diagnostic &d : errors) {
            json.element();
            json.beginObject();
            json.member("code", d.code);
            json.member("file", d.location.file);
            json.member("line", d.location.line);
            json.member("message", d.message);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.finish();
        return;
    }
    using detail::write;
    write(out,
          QStringLiteral("import of %1 into project %2 (%3)\n")
              .arg(detail::countOf(services.size(), "service", "services"), project, source));
    // Each object's facts together, objects in the order they were first met.
    QHash<QString, qsizetype> firstSeen;
    for (const ImportFact &f : facts)
        firstSeen.insert(f.object, firstSeen.value(f.object, firstSeen.size()));
    QList<const ImportFact *> ordered;
    for (const ImportFact &f : facts)
        ordered.append(&f);
    std::stable_sort(ordered.begin(), ordered.end(), [&](const ImportFact *a, const ImportFact *b) {
        return firstSeen.value(a->object) < firstSeen.value(b->object);
    });
    QString lastObject;
    for (const ImportFact *fact : std::as_const(ordered)) {
        const ImportFact &f = *fact;
        if (f.object != lastObject) {
            QString heading = f.object;
            for (const ServiceResult &s : services) {
                if (s.object == f.object)
                    heading += QStringLiteral(" → %1 (%2)").arg(s.id, s.as);
            }
            write(out, QStringLiteral("  %1\n").arg(heading));
            lastObject = f.object;
        }
        QString line = QStringLiteral("    %1 %2").arg(outcomeName(f.outcome), -12).arg(f.field);
        if (!f.note.isEmpty())
            line += QStringLiteral(": ") + f.note;
        write(out, line + QLatin1Char('\n'));
    }
    write(out,
          QStringLiteral("%1 carried, %2 approximated, %3 not carried\n")
              .arg(count(ImportOutcome::Carried))
              .arg(count(ImportOutcome::Approximated))
              .arg(count(ImportOutcome::NotCarried)));
    for (const Diagnostic &d : errors)
        write(out, QStringLiteral("%1:%2: error %3: %4\n").arg(d.location.file).arg(d.location.line).arg(d.code, d.message));
    for (const FileResult &f : files) {
        write(out,
              QStringLiteral("%1 %2%3\n")
                  .arg(written ? QStringLiteral("wrote") : QStringLiteral("would write"), f.path,
                       f.created ? QStringLiteral(" (new)") : QString()));
    }
    for (const FileResult &f : files)
        out.write(f.diff);
}

} // namespace sr
