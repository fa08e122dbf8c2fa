package org.anquan.portal.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.anquan.platform.account.boundary.AccountAdministration;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.portal.security.Clients;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** /admin/accounts.xhtml: find accounts, lock and unlock them (system administrators only). */
@Named
@ViewScoped
public class AccountsAdminBacking implements Serializable {

    @EJB
    AccountAdministration administration;

    private String text;

    private final LazyDataModel<AccountView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(text);
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return administration.search(text, first, Math.min(pageSize, 200));
        }

        @Override
        public String getRowKey(AccountView account) {
            return Long.toString(account.id());
        }

        @Override
        public AccountView getRowData(String rowKey) {
            return null;
        }
    };

    public void lock(long accountId) {
        administration.lock(accountId, Clients.address());
    }

    public void unlock(long accountId) {
        administration.unlock(accountId, Clients.address());
    }


    public LazyDataModel<AccountView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
