package org.anquan.exam.bank.control;

import jakarta.persistence.EntityManager;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.paper.control.PoolItem;

import java.util.List;

/**
 * The active items of a subject at their current versions, as the paper generator sees them. Items of the public
 * practice pool are never among them, nor items that have been in it: their answers are public.
 */
public final class BankPool {

    private BankPool() {
    }

    @SuppressWarnings("unchecked")
    public static List<PoolItem> of(EntityManager em, long subjectId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT i.id, v.id, v.type, k.code, v.difficulty, v.options
                        FROM exam_item i
                        JOIN exam_item_version v ON v.item_id = i.id AND v.number = i.current_version
                        JOIN exam_knowledge_point k ON k.id = v.knowledge_point_id
                        WHERE i.subject_id = ? AND i.status = 'ACTIVE' AND i.practice = FALSE AND i.exposed_at IS NULL
                        ORDER BY i.id""")
                .setParameter(1, subjectId).getResultList();
        return rows.stream().map(row -> new PoolItem(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ItemType.valueOf((String) row[2]), (String) row[3], ((Number) row[4]).intValue(),
                ((String) row[5]).split("\n").length)).toList();
    }
}
