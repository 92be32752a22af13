#pragma once

#include <Qsci/qscilexercustom.h>

/// Highlights registry and generated files in QScintilla, in the theme's syntax colours
/// (Appearance::syntaxColor, so both themes stay readable): TOML, YAML, JSON, HCL and KCL,
/// line by line — comments, strings, numbers, keywords, keys and block headers. The one lexer
/// of the console: every source view is a CodeView.
class SourceLexer : public QsciLexerCustom
{
    Q_OBJECT

public:
    enum class Language { Plain, Yaml, Json, Hcl, Kcl, Toml };
    enum Style { Default, Comment, String, Number, Keyword, Key, Header };

    explicit SourceLexer(Language language, QObject *parent = nullptr);
    /// The language of a file by its name: .yaml/.yml, .json, .tf, .k, .toml; Plain otherwise.
    static Language languageOf(const QString &fileName);

    const char *language() const override;
    QString description(int style) const override;
    QColor defaultColor(int style) const override;
    QFont defaultFont(int style) const override;
    QColor defaultPaper(int style) const override;
    void styleText(int start, int end) override;

private:
    void styleLine(const QByteArray &text);
    void styleWords(const QByteArray &line);

    Language m_language;
};
