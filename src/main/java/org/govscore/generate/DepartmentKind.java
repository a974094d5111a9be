package org.govscore.generate;

import java.util.List;

/**
 * A kind of department found in every Chinese administrative region (公安, 市场监管, 人社 ...), with the
 * name suffix it takes at province and local level, the service items it typically owns and the
 * data resources it typically provides.
 *
 * @param provincialSuffix appended to the province name, e.g. 公安厅
 * @param localSuffix appended to a city or county name, e.g. 公安局
 * @param items item names (政务服务事项)
 * @param resources resource templates (政务信息资源)
 */
record DepartmentKind(
    String provincialSuffix,
    String localSuffix,
    List<String> items,
    List<ResourceTemplate> resources) {

  /** A resource name and the base library (基础库) it belongs to. */
  record ResourceTemplate(String name, String baseLibrary) {}

  String nameFor(String regionName, String level) {
    return regionName + ("PROVINCE".equals(level) ? provincialSuffix : localSuffix);
  }
}
