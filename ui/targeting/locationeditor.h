#pragma once

#include "ui/targeting/targetingkeyeditor.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace pinstripe {

/**
 * Where the people are: LOCATION (countries chosen by name from a filterable list, and US
 * Nielsen DMA codes such as "807") and GEO (region codes such as "BE-VOV", or postal codes such
 * as "US:94107"). Pinterest needs at least one of the two keys.
 */
class LocationEditor final : public TargetingKeyEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationEditor)

public:
    explicit LocationEditor(QWidget *parent = nullptr);
    ~LocationEditor() override;

    QStringList keys() const override;
    void load(const TargetingSpec &spec) override;
    void store(TargetingSpec &spec) const override;
    QStringList problems() const override;

    /** Checked country codes, in the order they were chosen. */
    QStringList countries() const { return m_chosenCountries; }
    void setCountries(const QStringList &codes);
    /** Shows only the countries whose name or code contains @p text. */
    void setFilterText(const QString &text);
    /** DMA codes typed into their field. */
    QStringList dmaCodes() const;
    void setDmaCodes(const QStringList &codes);
    /** GEO codes typed into their field. */
    QStringList geoCodes() const;
    void setGeoCodes(const QStringList &codes);

    /** True for a GEO postal code ("US:94107", "US-94107"), false for a region ("BE-VOV"). */
    static bool isPostalCode(const QString &geo);
    /** Why @p geo is not a GEO code, or an empty string. */
    static QString geoProblem(const QString &geo);

private:
    QListWidgetItem *countryItem(const QString &code) const;
    QListWidgetItem *addCountryItem(const QString &code);
    void onItemChanged(QListWidgetItem *item);
    void applyFilter();
    void updateSummaries();
    QStringList locationValues() const;

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_chosen = nullptr;
    QLineEdit *m_dmas = nullptr;
    QLabel *m_dmaNames = nullptr;
    QLineEdit *m_geo = nullptr;
    QLabel *m_geoNames = nullptr;
    QStringList m_chosenCountries;
    Field<QStringList> m_loadedLocation;
    Field<QStringList> m_loadedGeo;
    QStringList m_loadedLocationView;
    QStringList m_loadedGeoView;
};

} // namespace pinstripe
