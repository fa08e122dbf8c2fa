package org.anquan.exam.bank.entity;

/** 特种作业 (special operations) or 安全生产知识和管理能力 (principals and safety managers). */
public enum SubjectCategory {
    SPECIAL_OPERATION, MANAGEMENT
}
