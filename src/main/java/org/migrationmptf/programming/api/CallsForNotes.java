package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** Calls for concept notes: the FMU drafts, opens and closes them; every role reads them. */
public interface CallsForNotes {

    Page<CallView> calls(String fund, CallStatus status, @NotNull @Valid PageRequest page);

    CallView call(String fund, long id);

    CallView create(String fund, @NotNull(message = "a body is required") @Valid CallRequest request);

    CallView open(String fund, long id);

    CallView close(String fund, long id);

    /** Marks a closed call decided once the committee has decided every note that went to review. */
    CallView decide(String fund, long id);
}
