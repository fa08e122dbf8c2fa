package org.anquan.knowledge.commentary.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.anquan.knowledge.commentary.control.Commentary;
import org.anquan.knowledge.commentary.entity.CommentaryStatus;
import org.anquan.knowledge.commentary.entity.Interpretation;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.search.control.IndexOutbox;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Interpretations (解读): experts write and submit them, editors publish them or send them back with a note; the
 * published ones appear beside their document and articles and in the search.
 */
@Stateless
public class Interpretations {

    public static final int MAX_HTML = 100_000;

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @RolesAllowed("EXPERT")
    public long write(@NotBlank @Size(max = 120) String slug, @Min(1) Integer article,
                      @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = MAX_HTML) String html) {
        Document document = Commentary.document(entityManager, slug);
        Commentary.requireArticle(entityManager, document, article);
        AccountView me = me();
        Interpretation interpretation = new Interpretation(document.id(), article, title.strip(),
                Commentary.html(html), me.id(), me.displayName(), clock.instant());
        entityManager.persist(interpretation);
        entityManager.flush();
        return interpretation.id();
    }

    @RolesAllowed("EXPERT")
    public void edit(long id, @Min(1) Integer article, @NotBlank @Size(max = 200) String title,
                     @NotBlank @Size(max = MAX_HTML) String html) {
        Interpretation interpretation = find(id);
        Commentary.requireArticle(entityManager, entityManager.find(Document.class, interpretation.documentId()),
                article);
        interpretation.edit(me().id(), article, title.strip(), Commentary.html(html), clock.instant());
    }

    @RolesAllowed("EXPERT")
    public void submit(long id) {
        find(id).submit(me().id(), clock.instant());
    }

    @RolesAllowed("EDITOR")
    public void publish(long id) {
        Interpretation interpretation = find(id);
        interpretation.publish(clock.instant());
        IndexOutbox.queue(entityManager, IndexOutbox.INTERPRETATION, id, clock.instant());
        Commentary.audit(auditTrail, clock.instant(), me(), "interpretation.publish", "interpretation", id, null);
    }

    @RolesAllowed("EDITOR")
    public void reject(long id, @NotBlank @Size(max = 500) String note) {
        find(id).reject(note.strip(), clock.instant());
        Commentary.audit(auditTrail, clock.instant(), me(), "interpretation.reject", "interpretation", id,
                note.strip());
    }

    @RolesAllowed("EXPERT")
    public List<InterpretationView> mine() {
        return views(entityManager.createNamedQuery(Interpretation.BY_AUTHOR, Interpretation.class)
                .setParameter("author", me().id()).setMaxResults(200).getResultList());
    }

    @RolesAllowed("EDITOR")
    public List<InterpretationView> waiting() {
        return views(entityManager.createNamedQuery(Interpretation.BY_STATUS, Interpretation.class)
                .setParameter("status", CommentaryStatus.SUBMITTED).setMaxResults(200).getResultList());
    }

    /** The published interpretations of a document, by article (those about the whole document first). */
    @PermitAll
    public List<InterpretationView> published(@NotBlank @Size(max = 120) String slug) {
        Document document = Commentary.document(entityManager, slug);
        return entityManager.createNamedQuery(Interpretation.PUBLISHED_OF_DOCUMENT, Interpretation.class)
                .setParameter("document", document.id()).getResultStream()
                .map(i -> InterpretationView.of(i, document.slug(), document.title())).toList();
    }

    /** One interpretation: published ones for everyone, others only for their author and editors. */
    @PermitAll
    public InterpretationView byId(long id) {
        Interpretation interpretation = find(id);
        if (interpretation.status() != CommentaryStatus.PUBLISHED && !caller.isCallerInRole("EDITOR")
                && !(caller.isCallerInRole("EXPERT") && interpretation.authorId() == me().id())) {
            throw new UnknownEntityException("interpretation", id);
        }
        return views(List.of(interpretation)).get(0);
    }

    private List<InterpretationView> views(List<Interpretation> interpretations) {
        Map<Long, Document> documents = Commentary.documents(entityManager,
                interpretations.stream().map(Interpretation::documentId).distinct().toList());
        return interpretations.stream().map(i -> {
            Document document = documents.get(i.documentId());
            return InterpretationView.of(i, document.slug(), document.title());
        }).toList();
    }

    private Interpretation find(long id) {
        Interpretation interpretation = entityManager.find(Interpretation.class, id);
        if (interpretation == null) {
            throw new UnknownEntityException("interpretation", id);
        }
        return interpretation;
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
