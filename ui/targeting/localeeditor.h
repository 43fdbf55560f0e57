#pragma once

#include "ui/targeting/choicelisteditor.h"

namespace pinstripe {

/**
 * LOCALE: the languages of the people reached, by name, for the 24 two-letter codes Pinterest
 * lists; none checked means all languages.
 */
class LocaleEditor final : public ChoiceListEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocaleEditor)

public:
    explicit LocaleEditor(QWidget *parent = nullptr);
    ~LocaleEditor() override;

    /** Pinterest's two-letter codes: cs da de … zh. */
    static const QStringList &pinterestLocales();
    /** "de" → "German (de)"; "in", Indonesian's withdrawn ISO code, is named like "id". */
    static QString displayName(const QString &code);

protected:
    QString problemWith(const QString &value) const override;
};

} // namespace pinstripe
