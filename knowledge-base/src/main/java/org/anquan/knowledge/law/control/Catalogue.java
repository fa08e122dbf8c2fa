package org.anquan.knowledge.law.control;

import org.anquan.knowledge.document.entity.DocumentKind;
import org.anquan.knowledge.document.entity.DocumentStatus;
import org.anquan.knowledge.document.entity.Industry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an import derives about a document from its path, its text and the sheets: kind, short name and other names,
 * region and locality, issuing body, industries, a status given outright, and relations to other documents.
 */
public record Catalogue(String title, String shortName, Set<String> names, DocumentKind kind, String region,
                        String locality, String issuingBody, Set<Industry> industries, DocumentStatus status,
                        List<String> relations) {

    public static final String NATIONAL_PREFIX = "中华人民共和国";
    static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
            "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川",
            "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");
    private static final Pattern LOCALITY = Pattern.compile(
            "^([\\p{IsHan}]{2,6}?)(省|市|自治区|自治州|特别行政区|经济特区)");
    private static final Pattern LOCAL_LEGISLATURE = Pattern.compile(
            "([\\p{IsHan}]{2,10}?)第[一二三四五六七八九十]+届人民代表大会(常务委员会)?");
    private static final Pattern IMPLEMENTS = Pattern.compile("实施《(?:中华人民共和国)?([^》]+)》");
    private static final Pattern FOLDER_REGION = Pattern.compile("地方性法规/([^/]+)/");
    private static final Pattern FOLDER_DEPARTMENT = Pattern.compile("部门规章/([^/]+)/");

    public static Catalogue of(StatuteFile file, ParsedStatute parsed, Map<String, String> known) {
        String title = parsed.title();
        String shortName = first(file.column("name"), title.startsWith(NATIONAL_PREFIX)
                ? title.substring(NATIONAL_PREFIX.length()) : title);
        DocumentKind kind = kind(first(file.column("kind"), file.column("level")), file.path(), title);

        Matcher place = LOCALITY.matcher(title);
        String locality = place.find() && !title.startsWith(NATIONAL_PREFIX) ? place.group(1) : null;
        Matcher folder = FOLDER_REGION.matcher(file.path());
        String region = first(file.column("region"), folder.find() ? folder.group(1)
                : locality != null && PROVINCES.contains(locality) ? locality : null);
        if (kind == DocumentKind.LOCAL_REGULATION || kind == DocumentKind.LOCAL_STANDARD) {
            locality = locality == null ? region : locality;
        } else if (file.column("region") == null) {
            region = null;
            locality = null;
        }

        Set<String> names = new LinkedHashSet<>();
        names.add(shortName);
        split(known.get("names")).forEach(names::add);
        split(file.column("names")).forEach(names::add);
        names.remove(title);

        Set<Industry> industries = new TreeSet<>();
        String industryColumn = first(file.column("industries"), known.get("industries"));
        if (industryColumn != null && !industryColumn.isBlank()) {
            for (String code : split(industryColumn)) {
                try {
                    industries.add(Industry.valueOf(code));
                } catch (IllegalArgumentException e) {
                    // an unknown code in a sheet is ignored rather than failing the file
                }
            }
        } else {
            industries.addAll(Industry.fromTitle(title));
        }

        DocumentStatus status = status(first(file.column("status"), known.get("status")));
        List<String> relations = new ArrayList<>(split(first(file.column("relations"), known.get("relations"))));
        Matcher implemented = IMPLEMENTS.matcher(title);
        if (implemented.find()) {
            relations.add("IMPLEMENTS:" + implemented.group(1));
        }
        String issuingBody = first(file.column("issuing_body"), issuingBody(kind, file.path(), title, parsed));
        return new Catalogue(title, shortName, names, kind, region, locality, issuingBody, industries, status,
                List.copyOf(new LinkedHashSet<>(relations)));
    }

    public String namesColumn() {
        return names.isEmpty() ? null : String.join("|", names);
    }

    public String industriesColumn() {
        return industries.isEmpty() ? null
                : industries.stream().map(Enum::name).collect(Collectors.joining("|"));
    }

    static DocumentKind kind(String level, String path, String title) {
        if (level != null) {
            for (DocumentKind kind : DocumentKind.values()) {
                if (kind.name().equals(level)) {
                    return kind;
                }
            }
            DocumentKind named = switch (level) {
                case "法律" -> DocumentKind.LAW;
                case "行政法规" -> DocumentKind.ADMINISTRATIVE_REGULATION;
                case "部门规章" -> DocumentKind.DEPARTMENTAL_RULE;
                case "地方性法规", "地方政府规章" -> DocumentKind.LOCAL_REGULATION;
                case "司法解释" -> DocumentKind.JUDICIAL_INTERPRETATION;
                case "国家标准" -> DocumentKind.NATIONAL_STANDARD;
                case "行业标准" -> DocumentKind.INDUSTRY_STANDARD;
                case "地方标准" -> DocumentKind.LOCAL_STANDARD;
                case "规范性文件" -> DocumentKind.NORMATIVE_DOCUMENT;
                default -> null;
            };
            if (named != null) {
                return named;
            }
        }
        if (path.startsWith("行政法规/")) {
            return DocumentKind.ADMINISTRATIVE_REGULATION;
        }
        if (path.startsWith("部门规章/")) {
            return DocumentKind.DEPARTMENTAL_RULE;
        }
        if (path.startsWith("司法解释/") || title.startsWith("最高人民")) {
            return DocumentKind.JUDICIAL_INTERPRETATION;
        }
        if (path.contains("地方性法规/")) {
            return DocumentKind.LOCAL_REGULATION;
        }
        if (title.startsWith(NATIONAL_PREFIX) && title.endsWith("法")) {
            return DocumentKind.LAW;
        }
        Matcher place = LOCALITY.matcher(title);
        if (place.find()) {
            return DocumentKind.LOCAL_REGULATION;
        }
        return title.endsWith("条例") ? DocumentKind.ADMINISTRATIVE_REGULATION : DocumentKind.NORMATIVE_DOCUMENT;
    }

    static DocumentStatus status(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "现行有效", "IN_FORCE" -> DocumentStatus.IN_FORCE;
            case "已修改", "AMENDED" -> DocumentStatus.AMENDED;
            case "已废止", "失效", "REPEALED" -> DocumentStatus.REPEALED;
            case "尚未生效", "NOT_YET_IN_FORCE" -> DocumentStatus.NOT_YET_IN_FORCE;
            default -> null;
        };
    }

    private static String issuingBody(DocumentKind kind, String path, String title, ParsedStatute parsed) {
        String history = String.join("\n", parsed.history());
        switch (kind) {
            case LAW:
                return history.contains("全国人民代表大会常务委员会") || history.isEmpty()
                        ? "全国人民代表大会常务委员会" : "全国人民代表大会";
            case ADMINISTRATIVE_REGULATION:
                return "国务院";
            case JUDICIAL_INTERPRETATION:
                int about = title.indexOf("关于");
                return about > 0 ? title.substring(0, about) : null;
            case DEPARTMENTAL_RULE:
                Matcher department = FOLDER_DEPARTMENT.matcher(path);
                return department.find() ? department.group(1) : null;
            case LOCAL_REGULATION:
                Matcher legislature = LOCAL_LEGISLATURE.matcher(history);
                return legislature.find() ? legislature.group(1).replaceFirst("^日", "")
                        + "人民代表大会常务委员会" : null;
            default:
                return null;
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static List<String> split(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(column.split("[|;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
