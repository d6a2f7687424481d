package org.migrationmptf.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Turns Hibernate's after-change events into audit-trail rows: who, when, which record, and what changed (each
 * changed field with its old and new value; all fields of a new record). Rows are collected during the flush and
 * written just before the transaction commits, on the same connection: a change and its audit row commit or roll
 * back together.
 */
class AuditTrailRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener {

    private static final long serialVersionUID = 1L;
    /** Bookkeeping columns that say nothing a person changed. */
    private static final Set<String> NOT_AUDITED = Set.of("createdBy", "createdAt", "updatedBy", "updatedAt", "version");
    private static final String INSERT = "insert into platform.audit_event"
            + " (occurred_at, actor, entity_type, entity_id, action, changes) values (?, ?, ?, ?, ?, ?)";
    private static final int MAX_CHANGES_LENGTH = 20000;

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof AuditedEntity) {
            JsonObjectBuilder changes = Json.createObjectBuilder();
            String[] names = event.getPersister().getPropertyNames();
            for (int i = 0; i < names.length; i++) {
                if (!NOT_AUDITED.contains(names[i]) && !(event.getState()[i] instanceof Collection<?>)
                        && !(event.getState()[i] instanceof Map<?, ?>)) {
                    add(changes, names[i], event.getState()[i], event.getSession());
                }
            }
            record(event.getSession(), event.getEntity(), event.getId(), "CREATE", changes);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof AuditedEntity) || event.getOldState() == null) {
            return;
        }
        JsonObjectBuilder changes = Json.createObjectBuilder();
        boolean any = false;
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            Object before = event.getOldState()[i];
            Object after = event.getState()[i];
            if (NOT_AUDITED.contains(names[i]) || after instanceof PersistentCollection<?>
                    || Objects.equals(display(before, event.getSession()), display(after, event.getSession()))) {
                continue;
            }
            changes.add(names[i], Json.createObjectBuilder()
                    .add("from", String.valueOf(display(before, event.getSession())))
                    .add("to", String.valueOf(display(after, event.getSession()))));
            any = true;
        }
        if (any) {
            record(event.getSession(), event.getEntity(), event.getId(), "UPDATE", changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof AuditedEntity) {
            record(event.getSession(), event.getEntity(), event.getId(), "DELETE", Json.createObjectBuilder());
        }
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        recordCollection(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        recordCollection(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** A collection of an audited record (e.g. a meeting's attendance) now holds these elements. */
    private void recordCollection(AbstractCollectionEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (!(owner instanceof AuditedEntity) || event.getAffectedOwnerIdOrNull() == null) {
            return;
        }
        String property = propertyHolding(event.getSession(), owner, event.getCollection());
        Object value = event.getCollection().getValue();
        JsonObjectBuilder changes = Json.createObjectBuilder()
                .add(property, Json.createObjectBuilder().add("now", String.valueOf(display(value, event.getSession()))));
        record(event.getSession(), owner, event.getAffectedOwnerIdOrNull(), "UPDATE", changes);
    }

    /** The owner's property that holds the collection (its role is not always known yet on a new record). */
    private static String propertyHolding(EventSource session, Object owner, PersistentCollection<?> collection) {
        EntityPersister persister = session.getEntityPersister(null, owner);
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (persister.getValue(owner, i) == collection) {
                return names[i];
            }
        }
        return "collection";
    }

    private static void add(JsonObjectBuilder changes, String name, Object value, SharedSessionContractImplementor s) {
        Object shown = display(value, s);
        if (shown == null) {
            changes.addNull(name);
        } else {
            changes.add(name, shown.toString());
        }
    }

    /** A value as a person reads it in the history: a referenced record by its id, everything else as text. */
    private static Object display(Object value, SharedSessionContractImplementor session) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> shown = new ArrayList<>();
            for (Object element : collection) {
                shown.add(display(element, session));
            }
            return shown.toString();
        }
        if (session.getFactory().getMappingMetamodel().isEntityClass(value.getClass())) {
            Object id = session.getFactory().getPersistenceUnitUtil().getIdentifier(value);
            return value.getClass().getSimpleName() + "#" + id;
        }
        if (value instanceof java.math.BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static void record(EventSource session, Object entity, Object id, String action,
                               JsonObjectBuilder changes) {
        String actor = AuditListener.currentUser();
        Instant at = Instant.now();
        String type = entity.getClass().getSimpleName();
        String json = changes.build().toString();
        String details = json.length() <= MAX_CHANGES_LENGTH ? json : Json.createObjectBuilder()
                .add("note", "The change is larger than the audit trail keeps in full (" + json.length() + " characters)")
                .build().toString();
        session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) s -> s.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setTimestamp(1, Timestamp.from(at));
                insert.setString(2, actor);
                insert.setString(3, type);
                insert.setString(4, String.valueOf(id));
                insert.setString(5, action);
                insert.setString(6, details);
                insert.executeUpdate();
            }
        }));
    }
}
