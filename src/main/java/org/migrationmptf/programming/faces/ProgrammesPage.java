package org.migrationmptf.programming.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.migrationmptf.governance.api.CountryView;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.OrganisationFilter;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.platform.faces.Choices;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.JointProgrammes;
import org.migrationmptf.programming.api.ProgrammeFilter;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.ProgrammeSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The joint programmes the user may see, filtered by status, thematic area, region and organisation, read one page
 * at a time from the service (the list grows with the fund's history, so it is never read whole).
 */
@Named
@ViewScoped
public class ProgrammesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JointProgrammes programmes;

    @Inject
    FundAdministration funds;

    @Inject
    ReferenceData referenceData;

    @Inject
    Organisations organisations;

    private String fund;
    private String status;
    private Integer thematicArea;
    private String region;
    private String organisation;
    private List<ThematicAreaView> areas;
    private List<String> regions;
    private List<String> organisationChoices;
    private final Programmes list = new Programmes();

    /** f:viewAction. */
    public void load() {
        if (fund == null || fund.isBlank()) {
            fund = "MIG";
        }
        areas = funds.thematicAreas(fund);
        regions = referenceData.allCountries().stream().map(CountryView::region).filter(Objects::nonNull).distinct()
                .sorted().toList();
        organisationChoices = organisations.organisations(new OrganisationFilter(null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().map(OrganisationView::acronym).sorted().toList();
    }

    /** The filter form's button: the table reads its first page again. */
    public void search() {
        var table = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().findComponent("listForm:programmes");
        if (table instanceof org.primefaces.component.datatable.DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    private ProgrammeFilter filter() {
        return new ProgrammeFilter(fund, Choices.of(ProgrammeStatus.class, status), thematicArea, region, organisation);
    }

    private Page<ProgrammeSummary> read(int first, int size) {
        try {
            return programmes.programmes(filter(), new PageRequest(first / size, size));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Inputs.of("searchForm", "status", "status", "thematicArea", "area",
                    "region", "region", "organisation", "organisation"));
            return new Page<>(List.of(), 0, size, 0, 0);
        }
    }

    public String areaName(int number) {
        return areas == null ? String.valueOf(number) : areas.stream().filter(a -> a.number() == number)
                .map(a -> number + ". " + a.name()).findFirst().orElse(String.valueOf(number));
    }

    /** The programmes one page at a time: the service counts and reads with the page's offset and size. */
    public class Programmes extends LazyDataModel<ProgrammeSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) read(0, 1).totalItems();
        }

        @Override
        public List<ProgrammeSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            Page<ProgrammeSummary> page = read(first, pageSize);
            setRowCount((int) page.totalItems());
            return page.items();
        }

        @Override
        public String getRowKey(ProgrammeSummary programme) {
            return String.valueOf(programme.id());
        }

        @Override
        public ProgrammeSummary getRowData(String rowKey) {
            List<ProgrammeSummary> shown = getWrappedData();
            return shown == null ? null : shown.stream().filter(p -> String.valueOf(p.id()).equals(rowKey))
                    .findFirst().orElse(null);
        }
    }

    public Programmes getList() {
        return list;
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getThematicArea() {
        return thematicArea;
    }

    public void setThematicArea(Integer thematicArea) {
        this.thematicArea = thematicArea;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<ThematicAreaView> getAreas() {
        return areas;
    }

    public List<String> getRegions() {
        return regions;
    }

    public List<String> getOrganisationChoices() {
        return organisationChoices;
    }
}
