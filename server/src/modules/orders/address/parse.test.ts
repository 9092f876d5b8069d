import { describe, expect, it } from "vitest";
import { placeShortName, provinceShortName } from "./names.js";
import { parseAddress, startsWithProvince } from "./parse.js";
import { everyCounty, sampleAddresses } from "./samples.js";

function parsed(text: string) {
  const result = parseAddress(text);
  if (!result.ok) throw new Error(`${text}: ${result.problem}`);
  return result.address;
}

const YIWU = {
  provinceCode: "330000",
  province: "浙江省",
  cityCode: "330700",
  city: "金华市",
  districtCode: "330782",
  district: "义乌市",
};

describe("parseAddress", () => {
  it("reads every county of the data back to its codes from full names without separators", () => {
    for (const place of everyCounty()) {
      const address = parsed(`${place.province}${place.city}${place.county}江东街道青岩刘村3区`);
      expect({ city: address.cityCode, district: address.districtCode, detail: address.detail }).toEqual({
        city: place.cityCode,
        district: place.code,
        detail: "江东街道青岩刘村3区",
      });
    }
  });

  it("reads the forms exports write, spaced and with a trailing zip, for every county", () => {
    const addresses = sampleAddresses(everyCounty().length * 3);
    expect(addresses.filter((text) => !parseAddress(text).ok)).toEqual([]);
  });

  it("reads the village's address written without separators", () => {
    expect(parsed("浙江省金华市义乌市江东街道青岩刘村3区")).toEqual({ ...YIWU, detail: "江东街道青岩刘村3区" });
  });

  it("reads short names of province, city and county", () => {
    expect(parsed("浙江 金华 义乌 江东街道青岩刘村3区5幢")).toEqual({ ...YIWU, detail: "江东街道青岩刘村3区5幢" });
    expect(parsed("广西南宁青秀区民族大道1号")).toEqual(parsed("广西壮族自治区南宁市青秀区民族大道1号"));
    expect(parsed("广西南宁青秀区民族大道1号").province).toBe("广西壮族自治区");
  });

  it("drops Taobao's trailing zip in brackets or after a comma", () => {
    expect(parsed("浙江省 金华市 义乌市 江东街道 青岩刘村3区 (322000)").detail).toBe("江东街道 青岩刘村3区");
    expect(parsed("浙江省 金华市 义乌市 江东街道 青岩刘村3区，000000").detail).toBe("江东街道 青岩刘村3区");
    expect(parsed("浙江省 金华市 义乌市 江东街道 青岩刘村3区（322000）").detail).toBe("江东街道 青岩刘村3区");
  });

  it("reads a municipality written once or twice, with or without 市辖区", () => {
    const chaoyang = {
      provinceCode: "110000",
      province: "北京市",
      cityCode: "110100",
      city: "北京市",
      districtCode: "110105",
      district: "朝阳区",
    };
    expect(parsed("北京 北京市 朝阳区 建国路88号")).toEqual({ ...chaoyang, detail: "建国路88号" });
    expect(parsed("北京市朝阳区建国路88号")).toEqual({ ...chaoyang, detail: "建国路88号" });
    expect(parsed("北京市 市辖区 朝阳区 建国路88号")).toEqual({ ...chaoyang, detail: "建国路88号" });
  });

  it("puts 重庆's counties under its 县 and its districts under 市辖区", () => {
    expect(parsed("重庆 重庆市 城口县 葛城街道1号")).toMatchObject({
      cityCode: "500200",
      city: "重庆市",
      districtCode: "500229",
    });
    expect(parsed("重庆市渝中区解放碑1号")).toMatchObject({ cityCode: "500100", districtCode: "500103" });
  });

  it("reads a county its province governs directly where the city would be", () => {
    expect(parsed("湖北省 仙桃市 干河街道 钱沟路12号")).toEqual({
      provinceCode: "420000",
      province: "湖北省",
      cityCode: "429000",
      city: "仙桃市",
      districtCode: "429004",
      district: "仙桃市",
      detail: "干河街道 钱沟路12号",
    });
  });

  it("leaves the towns of a city without counties in the detail", () => {
    const address = parsed("广东省 东莞市 长安镇 振安路1号");
    expect(address).toEqual({
      provinceCode: "440000",
      province: "广东省",
      cityCode: "441900",
      city: "东莞市",
      detail: "长安镇 振安路1号",
    });
  });

  it("finds the province from a city or a county whose name is unique", () => {
    expect(parsed("金华市义乌市江东街道青岩刘村")).toEqual({ ...YIWU, detail: "江东街道青岩刘村" });
    expect(parsed("义乌市江东街道青岩刘村")).toEqual({ ...YIWU, detail: "江东街道青岩刘村" });
    expect(parsed("延边朝鲜族自治州延吉市1号")).toMatchObject({ province: "吉林省", districtCode: "222401" });
  });

  it("tells 吉林 the province from 吉林市 the city", () => {
    expect(parsed("吉林吉林市船营区1号")).toMatchObject({
      provinceCode: "220000",
      cityCode: "220200",
      districtCode: "220204",
    });
  });

  it("does not take a road named after a district for the district", () => {
    expect(parsed("北京市朝阳北路100号")).toEqual({
      provinceCode: "110000",
      province: "北京市",
      cityCode: "110100",
      city: "北京市",
      detail: "朝阳北路100号",
    });
  });

  it("reports an address without a recognisable province, and does not guess between same-named districts", () => {
    expect(parseAddress("火星基地1号")).toEqual({ ok: false, problem: "address_no_province" });
    expect(parseAddress("朝阳区建国路88号")).toEqual({ ok: false, problem: "address_no_province" });
  });

  it("reports an empty address, one without a city and one without a street", () => {
    expect(parseAddress("  ")).toEqual({ ok: false, problem: "address_empty" });
    expect(parseAddress("浙江省 火星路1号")).toEqual({ ok: false, problem: "address_no_city" });
    expect(parseAddress("浙江省金华市义乌市(322000)")).toEqual({ ok: false, problem: "address_no_detail" });
  });

  it("tells whether a text starts with a province", () => {
    expect(startsWithProvince("四川省成都市武侯区")).toBe(true);
    expect(startsWithProvince("义乌市江东街道")).toBe(false);
  });
});

describe("short names", () => {
  it("strips the suffix and, for autonomous areas, the peoples", () => {
    expect(provinceShortName("广西壮族自治区")).toBe("广西");
    expect(provinceShortName("北京市")).toBe("北京");
    expect(placeShortName("黔东南苗族侗族自治州")).toBe("黔东南");
    expect(placeShortName("巴音郭楞蒙古自治州")).toBe("巴音郭楞");
    expect(placeShortName("义乌市")).toBe("义乌");
  });

  it("keeps no short name of one character", () => {
    expect(placeShortName("城区")).toBeUndefined();
    expect(placeShortName("容县")).toBeUndefined();
  });
});
