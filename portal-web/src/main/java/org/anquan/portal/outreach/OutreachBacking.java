package org.anquan.portal.outreach;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.outreach.boundary.Outreach;
import org.anquan.booking.outreach.boundary.OutreachDraft;
import org.anquan.booking.outreach.boundary.OutreachView;
import org.anquan.booking.outreach.entity.OutreachSetting;
import org.anquan.platform.organisation.boundary.OrganisationView;
import org.anquan.portal.language.ChinaTimes;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * /outreach/: a school, community, village, enterprise or family asks an organiser for a safety talk or drill (五进)
 * on two preferred dates; below, my requests with the organisers' answers, taking a proposed date.
 */
@Named
@ViewScoped
public class OutreachBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Outreach outreach;

    @Inject
    Texts texts;

    private Long organiserId;
    private String setting;
    private String requesterName;
    private String contactName;
    private String contactPhone;
    private String address;
    private String topic;
    private Integer audienceSize;
    private String preferredFirst;
    private String preferredSecond;
    private String note;
    private transient List<OutreachView> mine;

    public List<OrganisationView> getOrganisers() {
        return outreach.organisers();
    }

    public OutreachSetting[] getSettings() {
        return OutreachSetting.values();
    }

    public List<OutreachView> getMine() {
        if (mine == null) {
            mine = outreach.mine();
        }
        return mine;
    }

    public void submit() {
        Optional<Instant> first = ChinaTimes.parse(preferredFirst);
        if (first.isEmpty()) {
            texts.error("request:preferredFirst", "outreach.dateRequired");
            return;
        }
        Optional<Instant> second = ChinaTimes.parse(preferredSecond);
        Long organiser = organiserId != null ? organiserId
                : getOrganisers().stream().map(OrganisationView::id).findFirst().orElse(0L);
        OutreachDraft draft = new OutreachDraft(organiser, setting, requesterName, contactName, contactPhone, address,
                topic, audienceSize, first.get(), second.orElse(null), note);
        texts.change(() -> outreach.request(draft), "/outreach/", "outreach_index.sent");
    }

    public void acceptProposal(long requestId) {
        texts.change(() -> outreach.acceptProposal(requestId), "/outreach/", "outreach_index.proposalAccepted");
    }

    public void withdraw(long requestId) {
        texts.change(() -> outreach.withdraw(requestId), "/outreach/", "outreach_index.withdrawn");
    }

    public Long getOrganiserId() { return organiserId; }
    public void setOrganiserId(Long organiserId) { this.organiserId = organiserId; }
    public String getSetting() { return setting; }
    public void setSetting(String setting) { this.setting = setting; }
    public String getRequesterName() { return requesterName; }
    public void setRequesterName(String requesterName) { this.requesterName = requesterName; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public Integer getAudienceSize() { return audienceSize; }
    public void setAudienceSize(Integer audienceSize) { this.audienceSize = audienceSize; }
    public String getPreferredFirst() { return preferredFirst; }
    public void setPreferredFirst(String preferredFirst) { this.preferredFirst = preferredFirst; }
    public String getPreferredSecond() { return preferredSecond; }
    public void setPreferredSecond(String preferredSecond) { this.preferredSecond = preferredSecond; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
