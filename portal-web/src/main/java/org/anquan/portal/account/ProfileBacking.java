package org.anquan.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.profile.boundary.ProfileView;
import org.anquan.platform.profile.boundary.Profiles;
import org.anquan.platform.profile.control.PhotoNormaliser;
import org.anquan.portal.security.Clients;
import org.anquan.portal.language.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** /account/profile.xhtml: the real-name profile exam candidates need (name, ID number, photo). */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    @EJB
    Profiles profiles;

    @Inject
    CurrentAccount current;

    @Inject
    Texts texts;

    private ProfileView profile;
    private String realName;
    private String idNumber;
    private transient Part photo;

    public void load() {
        profile = profiles.of(current.id()).orElse(null);
        if (profile != null) {
            realName = profile.realName();
        }
    }

    public void save() {
        try {
            profile = profiles.save(current.id(), realName == null ? "" : realName, idNumber == null ? "" : idNumber,
                    Clients.address());
            idNumber = null;
            texts.info("profile.saved");
        } catch (BusinessException e) {
            texts.error("profile:idNumber", e);
        }
    }

    public void upload() {
        if (photo == null || photo.getSize() == 0) {
            texts.error("photo:file", "profile.photoInvalid");
            return;
        }
        if (photo.getSize() > PhotoNormaliser.MAX_UPLOAD_BYTES) {
            texts.error("photo:file", "profile.photoTooLarge");
            return;
        }
        try (InputStream in = photo.getInputStream()) {
            profiles.savePhoto(current.id(), in.readNBytes(PhotoNormaliser.MAX_UPLOAD_BYTES + 1), Clients.address());
            profile = profiles.of(current.id()).orElse(profile);
            texts.info("profile.photoSaved");
        } catch (BusinessException e) {
            texts.error("photo:file", e);
        } catch (IOException e) {
            texts.error("photo:file", "profile.photoInvalid");
        }
    }


    public ProfileView getProfile() {
        return profile;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
