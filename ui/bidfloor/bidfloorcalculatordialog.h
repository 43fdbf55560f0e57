#pragma once

#include "core/model/currency.h"
#include "core/model/targetingspec.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pinstripe {

class ApiClient;
class ApiRequest;
class BidFloorRowsModel;
class TargetingSpecEditor;

/**
 * "What is the lowest bid I can use?" — the user adds rows of countries, currency (the
 * account's by default), objective, billable event and creative type, and gets every row's
 * floor from Pinterest in one `bid_floor` call, shown in the row's currency.
 */
class BidFloorCalculatorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BidFloorCalculatorDialog)

public:
    BidFloorCalculatorDialog(ApiClient *client, QString adAccountId, Currency accountCurrency, QWidget *parent = nullptr);
    ~BidFloorCalculatorDialog() override;

    BidFloorRowsModel *rowsModel() const { return m_rows; }

    /**
     * Reads countries typed as codes or names ("US, Germany, fr") into country codes.
     * Returns nothing and says which entry is unknown in @p error.
     */
    static std::optional<QStringList> parseCountries(const QString &text, QString *error);

    /** Adds a row from the form; false (with the reason shown) when the form is incomplete. */
    bool addRowFromForm();
    /** Sends every row in one call; results land in the table. */
    void checkFloors();
    /**
     * An optional targeting spec sent with the request (it applies to every row), edited with
     * the same targeting builder as the ad group editor.
     */
    void setTargetingSpec(const std::optional<TargetingSpec> &spec);
    TargetingSpecEditor *targetingEditor() const { return m_targetingEditor; }

    /** The last message shown under the table (errors, progress). */
    QString statusText() const;

    QLineEdit *countriesEdit() const { return m_countries; }
    QComboBox *currencyBox() const { return m_currency; }
    QComboBox *objectiveBox() const { return m_objective; }
    QComboBox *billableEventBox() const { return m_billableEvent; }
    QComboBox *creativeTypeBox() const { return m_creativeType; }
    /** The conversion event priced for WEB_CONVERSION rows (their optimization goal). */
    QComboBox *conversionEventBox() const { return m_conversionEvent; }

Q_SIGNALS:
    /** Every row got its floor. */
    void floorsReady();

private:
    void showStatus(const QString &text, bool error);

    QPointer<ApiClient> m_client;
    QString m_adAccountId;
    Currency m_accountCurrency;
    QCheckBox *m_useTargeting;
    TargetingSpecEditor *m_targetingEditor;
    BidFloorRowsModel *m_rows;
    QLineEdit *m_countries;
    QComboBox *m_currency;
    QComboBox *m_objective;
    QComboBox *m_billableEvent;
    QComboBox *m_creativeType;
    QComboBox *m_conversionEvent;
    QTableView *m_table;
    QPushButton *m_check;
    QLabel *m_status;
    QPointer<ApiRequest> m_request;
};

} // namespace pinstripe
