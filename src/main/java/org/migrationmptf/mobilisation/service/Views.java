package org.migrationmptf.mobilisation.service;

import java.math.BigDecimal;
import java.util.Currency;
import org.migrationmptf.mobilisation.api.ContributorView;
import org.migrationmptf.mobilisation.api.DepositView;
import org.migrationmptf.mobilisation.api.JournalView;
import org.migrationmptf.mobilisation.domain.Contributor;
import org.migrationmptf.mobilisation.domain.Deposit;
import org.migrationmptf.mobilisation.domain.Journal;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;

/** The module's records as the api shows them. */
final class Views {

    private Views() {
    }

    static MoneyView money(BigDecimal amount, Currency currency) {
        return MoneyView.of(Money.of(amount, currency).roundedToMinorUnits());
    }

    static ContributorView contributor(Contributor c) {
        return new ContributorView(c.getId(), c.getName(), c.getType(), c.getCountryCode(), c.getContactName(),
                c.getContactEmail(), c.getStage(), MoneyView.of(c.getExpected()), c.getVersion());
    }

    static JournalView journal(Journal j) {
        return new JournalView(j.getId(), j.getKind(), j.getValueDate(), j.getDescription(), j.getRecordedBy(),
                j.getRecordedAt(), j.getReversesId(), j.getLines().stream()
                .map(l -> new JournalView.Line(l.getAccount(), l.getPool(), MoneyView.of(l.getMoney()),
                        l.getContributorId(), l.getOrganisationId(), l.getProgrammeId()))
                .toList());
    }

    static DepositView deposit(Deposit d, Currency reporting) {
        Money value = Money.of(d.getUsdAmount(), reporting);
        Money fee = Money.of(d.getFeeAmount(), reporting);
        return new DepositView(d.getId(), d.getJournal().getId(), d.getAgreement().getReference(), d.getValueDate(),
                MoneyView.of(d.getAmount()), d.getExchangeRate(), MoneyView.of(value), MoneyView.of(fee),
                MoneyView.of(value.minus(fee)));
    }
}
