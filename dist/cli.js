#!/usr/bin/env node
import { createRequire as __flowgateCreateRequire } from 'node:module';
const require = __flowgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP2 = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP2;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP2:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP2:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP2;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode2;
    exports.isPair = isPair2;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path13) {
      const ctrl = callVisitor(key, node, visitor, path13);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path13, ctrl);
        return visit_(key, ctrl, visitor, path13);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path13 = Object.freeze(path13.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path13);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path13 = Object.freeze(path13.concat(node));
          const ck = visit_("key", node.key, visitor, path13);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path13);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path13) {
      const ctrl = await callVisitor(key, node, visitor, path13);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path13, ctrl);
        return visitAsync_(key, ctrl, visitor, path13);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path13 = Object.freeze(path13.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path13);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path13 = Object.freeze(path13.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path13);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path13);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path13) {
      if (typeof visitor === "function")
        return visitor(key, node, path13);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path13);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path13);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path13);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path13);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path13);
      return void 0;
    }
    function replaceNode(key, path13, node) {
      const parent = path13[path13.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path13, value) {
      let v = value;
      for (let i = path13.length - 1; i >= 0; --i) {
        const k = path13[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path13) => path13 == null || typeof path13 === "object" && !!path13[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path13, value) {
        if (isEmptyPath(path13))
          this.add(value);
        else {
          const [key, ...rest] = path13;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path13) {
        const [key, ...rest] = path13;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path13, keepScalar) {
        const [key, ...rest] = path13;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path13) {
        const [key, ...rest] = path13;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path13, value) {
        const [key, ...rest] = path13;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow2 = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow2) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow2 = ctx.inFlow ?? collection.flow;
      const stringify2 = flow2 ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path13, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path13, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow: flow2, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow2 && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path13) {
        if (Collection.isEmptyPath(path13)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path13) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path13, keepScalar) {
        if (Collection.isEmptyPath(path13))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path13, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path13) {
        if (Collection.isEmptyPath(path13))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path13) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path13, value) {
        if (Collection.isEmptyPath(path13)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path13), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path13, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow: flow2, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow2 && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow2 ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow2) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow2}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue2(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue2(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path13) => {
      let item = cst;
      for (const [field, index] of path13) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path13) => {
      const parent = visit.itemAtPath(cst, path13.slice(0, -1));
      const field = path13[path13.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path13, item, visitor) {
      let ctrl = visitor(item, path13);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path13.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path13);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path13) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs11 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs11, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs11);
              } else {
                Object.assign(it, { key: fs11, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs11 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs11, sep: [] });
              else if (it.sep)
                this.stack.push(fs11);
              else
                Object.assign(it, { key: fs11, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter2 = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter2.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter3, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter3?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter3)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter3));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter3));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter3, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter3?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter3) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter3));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter3));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter2 = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter2.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail2 = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail2;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path13) {
      let input = path13;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path13) {
      if (path13 === "" || path13[0] === "/") {
        return removeDotSegments(path13);
      }
      const segments = path13.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path13 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path13 && path13 !== "/" ? path13 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize2(base, options), options);
        relative = parse(serialize2(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path13, { windows } = {}) => {
      const segs = path13.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError2 = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError2("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError2("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError2("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils2();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils2();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/cli/run.ts
import { promises as fs10 } from "node:fs";
import path12 from "node:path";

// package.json
var version = "0.1.0";

// src/diff/change-pairs.ts
function membersOf(classes, jointClasses) {
  if (classes.length === 1) return jointClasses[classes[0]].members;
  return classes.flatMap((c) => jointClasses[c].members).sort((a, b) => a - b);
}
function groupPairs(g, jointClasses) {
  const size = (c) => jointClasses[c].members.length;
  let a = 0;
  for (const c of g.fromClasses) a += size(c);
  let b = 0;
  let self = 0;
  const from = new Set(g.fromClasses);
  for (const c of g.toClasses) {
    b += size(c);
    if (from.has(c)) self += size(c);
  }
  return a * b - self;
}
function holds(sorted, x) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const v = sorted[mid];
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
function changeIndex(diff2) {
  const byRow = /* @__PURE__ */ new Map();
  for (const g of diff2.groups) {
    for (const f of g.fromClasses) {
      const list = byRow.get(f);
      if (list) list.push(g);
      else byRow.set(f, [g]);
    }
  }
  return (f, t) => byRow.get(f)?.find((g) => holds(g.toClasses, t));
}

// src/model/port-ranges.ts
var MIN_PORT = 1;
var MAX_PORT = 65535;
var ALL_PORTS = [[MIN_PORT, MAX_PORT]];
var NO_PORTS = [];
function normalizeRanges(ranges) {
  const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
function unionRanges(a, b) {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return normalizeRanges([...a, ...b]);
}
function intersectRanges(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i];
    const [blo, bhi] = b[j];
    const lo = Math.max(alo, blo);
    const hi = Math.min(ahi, bhi);
    if (lo <= hi) out.push([lo, hi]);
    if (ahi < bhi) i++;
    else j++;
  }
  return out;
}
function subtractRanges(a, b) {
  const out = [];
  let j = 0;
  for (const [alo, ahi] of a) {
    let lo = alo;
    while (j < b.length && b[j][1] < lo) j++;
    let k = j;
    while (k < b.length && b[k][0] <= ahi) {
      const [blo, bhi] = b[k];
      if (blo > lo) out.push([lo, Math.min(ahi, blo - 1)]);
      lo = Math.max(lo, bhi + 1);
      if (lo > ahi) break;
      k++;
    }
    if (lo <= ahi) out.push([lo, ahi]);
  }
  return out;
}
function rangesEqual(a, b) {
  return a.length === b.length && a.every(([lo, hi], i) => lo === b[i][0] && hi === b[i][1]);
}
function rangesContain(a, port) {
  return a.some(([lo, hi]) => lo <= port && port <= hi);
}

// src/model/types.ts
var PROTOCOLS = ["TCP", "UDP", "SCTP"];
var WORKLOAD_KINDS = [
  "Pod",
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob"
];
function workloadId(w) {
  if (w.kind === "Unlisted") return `${w.namespace}/${w.name}`;
  return `${w.namespace}/${w.name}[${w.kind}]`;
}
function policyId(p) {
  return `${p.namespace}/${p.name}`;
}

// src/model/conns.ts
var NO_CONNS = { TCP: NO_PORTS, UDP: NO_PORTS, SCTP: NO_PORTS };
var ALL_CONNS = { TCP: ALL_PORTS, UDP: ALL_PORTS, SCTP: ALL_PORTS };
function connsOf(protocol, ranges) {
  return { ...NO_CONNS, [protocol]: ranges };
}
function combine(a, b, f) {
  return { TCP: f(a.TCP, b.TCP), UDP: f(a.UDP, b.UDP), SCTP: f(a.SCTP, b.SCTP) };
}
var unionConns = (a, b) => combine(a, b, unionRanges);
var intersectConns = (a, b) => combine(a, b, intersectRanges);
var subtractConns = (a, b) => combine(a, b, subtractRanges);
function isEmptyConns(c) {
  return c.TCP.length === 0 && c.UDP.length === 0 && c.SCTP.length === 0;
}
function isAllConns(c) {
  return PROTOCOLS.every((p) => rangesEqual(c[p], ALL_PORTS));
}
function connsEqual(a, b) {
  return PROTOCOLS.every((p) => rangesEqual(a[p], b[p]));
}
function connsSubset(a, b) {
  return isEmptyConns(subtractConns(a, b));
}
function connsContain(c, protocol, port) {
  return rangesContain(c[protocol], port);
}
function connsKey(c) {
  return PROTOCOLS.map((p) => c[p].map(([lo, hi]) => lo === hi ? `${lo}` : `${lo}-${hi}`).join(",")).join("|");
}
function connsToJson(c) {
  const out = {};
  for (const p of PROTOCOLS) if (c[p].length) out[p] = c[p].map(([lo, hi]) => [lo, hi]);
  return out;
}
function formatConns(c, separator = ", ") {
  if (isEmptyConns(c)) return "none";
  if (isAllConns(c)) return "all";
  return PROTOCOLS.filter((p) => c[p].length).map((p) => `${p} ${rangesEqual(c[p], ALL_PORTS) ? "all" : c[p].map(([lo, hi]) => lo === hi ? `${lo}` : `${lo}-${hi}`).join(",")}`).join(separator);
}

// src/model/conns-table.ts
var ConnsTable = class {
  byKey = /* @__PURE__ */ new Map();
  list = [];
  memo = /* @__PURE__ */ new Map();
  constructor() {
    this.intern(NO_CONNS);
  }
  intern(c) {
    const key = connsKey(c);
    let id = this.byKey.get(key);
    if (id === void 0) {
      id = this.list.length;
      this.byKey.set(key, id);
      this.list.push(c);
    }
    return id;
  }
  get(id) {
    return this.list[id];
  }
  /** Memoised pairwise operation on interned ids. */
  pairwise(op, a, b, f) {
    const k = a < 16777216 && b < 16777216 ? (op * 16777216 + a) * 16777216 + b : `${op}:${a}:${b}`;
    let r = this.memo.get(k);
    if (r === void 0) {
      r = this.intern(f(this.get(a), this.get(b)));
      this.memo.set(k, r);
    }
    return r;
  }
  union(a, b) {
    if (a === b || b === 0) return a;
    if (a === 0) return b;
    return a < b ? this.pairwise(0, a, b, unionConns) : this.pairwise(0, b, a, unionConns);
  }
  intersect(a, b) {
    if (a === b) return a;
    if (a === 0 || b === 0) return 0;
    return a < b ? this.pairwise(1, a, b, intersectConns) : this.pairwise(1, b, a, intersectConns);
  }
  /** What `a` holds and `b` does not (T-4: what a tiered rule leaves for the next rule). */
  subtract(a, b) {
    return this.pairwise(2, a, b, subtractConns);
  }
};

// src/engine/class-matrix.ts
var ClassMatrix = class {
  constructor(n) {
    this.n = n;
    this.data = new Uint8Array(n * n);
  }
  n;
  data;
  get(from, to) {
    return this.data[from * this.n + to];
  }
  /** Writes a cell by flat index (`from * n + to`). */
  setAt(i, id) {
    if (id > 255) this.widen(id);
    this.data[i] = id;
  }
  widen(id) {
    if (id > 65535 && !(this.data instanceof Int32Array)) this.data = Int32Array.from(this.data);
    else if (this.data instanceof Uint8Array) this.data = Uint16Array.from(this.data);
  }
};

// src/model/cidr.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
var BITS = { 4: 32, 6: 128 };
var FULL_RANGES = [
  { family: 4, lo: 0n, hi: (1n << 32n) - 1n },
  { family: 6, lo: 0n, hi: (1n << 128n) - 1n }
];
function parseIPv4(text) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  let value = 0n;
  let leadingZeros = false;
  for (const part of m.slice(1)) {
    const n = Number(part);
    if (n > 255) return null;
    if (part.length > 1 && part.startsWith("0")) leadingZeros = true;
    value = value << 8n | BigInt(n);
  }
  return { value, leadingZeros };
}
function parseIPv6(text) {
  if (!import_ipaddr.default.IPv6.isValid(text) || text.includes("%")) return null;
  return import_ipaddr.default.IPv6.parse(text).toByteArray().reduce((acc, b) => acc << 8n | BigInt(b), 0n);
}
function parseCidr(text) {
  const m = /^([^/\s]+)\/(\d{1,3})$/.exec(text);
  if (!m) return { ok: false, error: `"${text}" is not a CIDR (expected address/prefix, like 10.0.0.0/8 or 2001:db8::/32)` };
  const [, addr, prefixText] = m;
  const prefix = Number(prefixText);
  let family;
  let value;
  let leadingZeros = false;
  if (addr.includes(":")) {
    const v = parseIPv6(addr);
    if (v === null) return { ok: false, error: `"${text}": "${addr}" is not a valid IPv6 address` };
    family = 6;
    value = v;
  } else {
    const v = parseIPv4(addr);
    if (v === null) return { ok: false, error: `"${text}": "${addr}" is not a valid IPv4 address` };
    family = 4;
    value = v.value;
    leadingZeros = v.leadingZeros;
  }
  const bits = BITS[family];
  if (prefix > bits) return { ok: false, error: `"${text}": prefix length ${prefix} is longer than ${bits} bits` };
  if (prefixText.length > 1 && prefixText.startsWith("0")) leadingZeros = true;
  const size = 1n << BigInt(bits - prefix);
  const lo = value / size * size;
  const range = { family, lo, hi: lo + size - 1n };
  const canonical = `${formatIp(family, lo)}/${prefix}`;
  return { ok: true, range, prefix, canonical, nonCanonical: leadingZeros || lo !== value };
}
function formatIp(family, value) {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String(value >> s & 255n)).join(".");
  }
  const bytes = [];
  for (let s = 120n; s >= 0n; s -= 8n) bytes.push(Number(value >> s & 255n));
  return import_ipaddr.default.fromByteArray(bytes).toString();
}
function rangeToCidrs(r) {
  const bits = BITS[r.family];
  const out = [];
  let lo = r.lo;
  while (lo <= r.hi) {
    let size = 1n;
    let prefix = bits;
    while (prefix > 0 && lo % (size * 2n) === 0n && lo + size * 2n - 1n <= r.hi) {
      size *= 2n;
      prefix--;
    }
    out.push(`${formatIp(r.family, lo)}/${prefix}`);
    lo += size;
  }
  return out;
}
function formatRange(r) {
  const cidrs = rangeToCidrs(r);
  return cidrs.length === 1 ? cidrs[0] : `${formatIp(r.family, r.lo)}-${formatIp(r.family, r.hi)}`;
}
function rangeContains(outer, inner) {
  return outer.family === inner.family && outer.lo <= inner.lo && inner.hi <= outer.hi;
}
function rangesOverlap(a, b) {
  return a.family === b.family && a.lo <= b.hi && b.lo <= a.hi;
}
function subtractIpRanges(base, holes) {
  const hs = holes.filter((h) => rangesOverlap(base, h)).sort(compareRanges);
  const out = [];
  let lo = base.lo;
  for (const h of hs) {
    if (h.lo > lo) out.push({ family: base.family, lo, hi: h.lo - 1n });
    if (h.hi + 1n > lo) lo = h.hi + 1n;
    if (lo > base.hi) break;
  }
  if (lo <= base.hi) out.push({ family: base.family, lo, hi: base.hi });
  return out;
}
function compareRanges(a, b) {
  if (a.family !== b.family) return a.family - b.family;
  return a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0;
}

// src/model/label-selector.ts
var EMPTY_SELECTOR = { matchLabels: {}, matchExpressions: [] };
function requirementMatches(r, labels) {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  switch (r.operator) {
    case "In":
      return has && r.values.includes(labels[r.key]);
    case "NotIn":
      return !has || !r.values.includes(labels[r.key]);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
  }
}
function selectorMatches(sel, labels) {
  for (const [k, v] of Object.entries(sel.matchLabels)) if (labels[k] !== v) return false;
  return sel.matchExpressions.every((r) => requirementMatches(r, labels));
}
function isEmptySelector(sel) {
  return Object.keys(sel.matchLabels).length === 0 && sel.matchExpressions.length === 0;
}
function selectorKey(sel) {
  const ml = Object.keys(sel.matchLabels).sort().map((k) => `${k}=${sel.matchLabels[k]}`);
  const me = sel.matchExpressions.map((r) => `${r.key} ${r.operator} (${[...new Set(r.values)].sort().join(",")})`).sort();
  return JSON.stringify([ml, [...new Set(me)]]);
}
function labelsKey(labels) {
  return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}
function formatSelector(sel) {
  const parts = Object.keys(sel.matchLabels).sort().map((k) => `${k}=${sel.matchLabels[k]}`);
  for (const r of sel.matchExpressions) {
    if (r.operator === "Exists") parts.push(r.key);
    else if (r.operator === "DoesNotExist") parts.push(`!${r.key}`);
    else parts.push(`${r.key} ${r.operator === "In" ? "in" : "notin"} (${r.values.join(",")})`);
  }
  return parts.length ? parts.join(", ") : "(all)";
}

// src/engine/classify.ts
function elementaryIntervals(boundaries) {
  const out = [];
  const v4 = new Float64Array(2 * boundaries.length + 1);
  let n4 = 1;
  const v6 = [0n];
  const max4 = 2 ** 32 - 1;
  const max6 = (1n << 128n) - 1n;
  for (const r of boundaries) {
    if (r.family === 4) {
      v4[n4++] = Number(r.lo);
      if (r.hi < max4) v4[n4++] = Number(r.hi) + 1;
    } else {
      v6.push(r.lo);
      if (r.hi < max6) v6.push(r.hi + 1n);
    }
  }
  const cuts4 = v4.subarray(0, n4).sort();
  for (let i = 0; i < cuts4.length; i++) {
    if (i > 0 && cuts4[i] === cuts4[i - 1]) continue;
    let j = i + 1;
    while (j < cuts4.length && cuts4[j] === cuts4[i]) j++;
    out.push({ family: 4, lo: BigInt(cuts4[i]), hi: j < cuts4.length ? BigInt(cuts4[j] - 1) : BigInt(max4) });
  }
  v6.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  for (let i = 0; i < v6.length; i++) {
    if (i > 0 && v6[i] === v6[i - 1]) continue;
    let j = i + 1;
    while (j < v6.length && v6[j] === v6[i]) j++;
    out.push({ family: 6, lo: v6[i], hi: j < v6.length ? v6[j] - 1n : max6 });
  }
  return out;
}
function namedPortSignature(ports, names) {
  if (names.size === 0) return "";
  return ports.filter((p) => p.name !== void 0 && names.has(p.name)).map((p) => `${p.name}/${p.protocol}/${p.port}`).sort().join(",");
}
function groupWorkloads(cluster, index) {
  const all = /* @__PURE__ */ new Map();
  const of = [];
  const selectableByNs = /* @__PURE__ */ new Map();
  for (const w of cluster.workloads) {
    const portSig = namedPortSignature(w.ports, index.portNames);
    const lk = labelsKey(w.labels);
    const key = `${w.namespace}\0${lk}\0${portSig}\0${w.hostNetwork}`;
    let g = all.get(key);
    if (!g) {
      g = { ns: w.namespace, labels: w.labels, hostNetwork: w.hostNetwork, ports: w.ports, portSig, subjects: [], tierSubjects: [], peers: [] };
      all.set(key, g);
      if (!g.hostNetwork) {
        const list = selectableByNs.get(w.namespace);
        if (list) list.push(g);
        else selectableByNs.set(w.namespace, [g]);
      }
    }
    of.push(g);
  }
  return { all, of, selectableByNs };
}
function matchPeers(cluster, index, groups, podCidrs) {
  const selectable = (ns) => groups.selectableByNs.get(ns) ?? [];
  const namespaces = [...cluster.namespaces.values()];
  const ipPeers = [];
  const nsBySelector = /* @__PURE__ */ new Map();
  for (const { id, namespace, peer } of index.peers) {
    if (peer.kind === "ipBlock") {
      ipPeers.push({ id, ranges: peer.ranges });
      if (peer.allPods || ipBlockHoldsPods(peer.ranges, podCidrs)) for (const list of groups.selectableByNs.values()) for (const g of list) g.peers.push(id);
      continue;
    }
    let nss;
    if (peer.namespaceSelector) {
      const sel = peer.namespaceSelector;
      const sk = selectorKey(sel);
      let found = nsBySelector.get(sk);
      if (!found) {
        found = namespaces.filter((n) => selectorMatches(sel, n.labels)).map((n) => n.name);
        nsBySelector.set(sk, found);
      }
      nss = found;
    } else {
      nss = [namespace];
    }
    const ps = peer.podSelector;
    for (const ns of nss) {
      for (const g of selectable(ns)) if (!ps || selectorMatches(ps, g.labels)) g.peers.push(id);
    }
  }
  return ipPeers;
}
function classWorkloads(groups, index, classes, classByKey) {
  const portSigIds = /* @__PURE__ */ new Map();
  const classOfGroup = /* @__PURE__ */ new Map();
  for (const g of groups.all.values()) {
    const key = `w${g.subjects.join(",")}|${g.tierSubjects.join(",")}|${g.peers.join(",")}|${g.portSig}`;
    let c = classByKey.get(key);
    if (!c) {
      let ps = portSigIds.get(g.portSig);
      if (ps === void 0) portSigIds.set(g.portSig, ps = portSigIds.size);
      c = { index: classes.length, external: false, subjectOf: g.subjects.map((i) => index.policies[i]), tierSubjectOf: g.tierSubjects.map((i) => index.tiered[i]), peers: new Set(g.peers), ports: g.ports, portSignature: ps };
      classByKey.set(key, c);
      classes.push(c);
    }
    classOfGroup.set(g, c);
  }
  return Int32Array.from(groups.of, (g) => classOfGroup.get(g).index);
}
function classIntervals(ipPeers, boundaries, classes, classByKey) {
  const cuts = [...boundaries];
  for (const p of ipPeers) cuts.push(...p.ranges);
  const intervals = elementaryIntervals(cuts);
  const members = intervals.map(() => []);
  for (const p of ipPeers) {
    for (const r of p.ranges) {
      let i = lowerBound(intervals, r);
      while (i < intervals.length && intervals[i].family === r.family && intervals[i].hi <= r.hi) members[i++].push(p.id);
    }
  }
  const intervalClass = new Int32Array(intervals.length);
  members.forEach((m, i) => {
    const key = `x${m.join(",")}`;
    let c = classByKey.get(key);
    if (!c) {
      c = { index: classes.length, external: true, subjectOf: [], tierSubjectOf: [], peers: new Set(m), ports: [], portSignature: -1 };
      classByKey.set(key, c);
      classes.push(c);
    }
    intervalClass[i] = c.index;
  });
  return { intervals, intervalClass };
}
function classify(cluster, index, boundaries, podCidrs = []) {
  const groups = groupWorkloads(cluster, index);
  index.policies.forEach((p, pi) => {
    for (const g of groups.selectableByNs.get(p.namespace) ?? []) if (selectorMatches(p.podSelector, g.labels)) g.subjects.push(pi);
  });
  matchTierSubjects(cluster, index, groups);
  const ipPeers = matchPeers(cluster, index, groups, podCidrs);
  const classes = [];
  const classByKey = /* @__PURE__ */ new Map();
  const workloadClass = classWorkloads(groups, index, classes, classByKey);
  const { intervals, intervalClass } = classIntervals(ipPeers, boundaries, classes, classByKey);
  return { classes, workloadClass, intervals, intervalClass, podCidrs };
}
function matchTierSubjects(cluster, index, groups) {
  const namespaces = [...cluster.namespaces.values()];
  index.tiered.forEach((p, pi) => {
    for (const ns of namespaces) {
      if (!selectorMatches(p.subject.namespaceSelector, ns.labels)) continue;
      const ps = p.subject.podSelector;
      for (const g of groups.selectableByNs.get(ns.name) ?? []) if (!ps || selectorMatches(ps, g.labels)) g.tierSubjects.push(pi);
    }
  });
}
function lowerBound(intervals, r) {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (compareRanges(intervals[mid], r) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function ipBlockHoldsPods(ranges, podCidrs) {
  return podCidrs.length > 0 && podCidrs.every((c) => ranges.some((r) => r.family === c.family && r.lo <= c.lo && c.hi <= r.hi));
}

// src/engine/conns-ops.ts
var SMALL = 1024;
var FIRST_SIDE = 64;
var ConnsOps = class {
  constructor(table) {
    this.table = table;
    this.all = table.intern(ALL_CONNS);
  }
  table;
  all;
  side = 0;
  unions = new Int32Array(0);
  inters = new Int32Array(0);
  union(a, b) {
    if (a === b || b === 0) return a;
    if (a === 0) return b;
    if (a === this.all || b === this.all) return this.all;
    const k = this.slot(a, b);
    if (k < 0) return this.table.union(a, b);
    let r = this.unions[k];
    if (r < 0) this.unions[k] = r = this.table.union(a, b);
    return r;
  }
  intersect(a, b) {
    if (a === b || b === this.all) return a;
    if (a === 0 || b === 0) return 0;
    if (a === this.all) return b;
    const k = this.slot(a, b);
    if (k < 0) return this.table.intersect(a, b);
    let r = this.inters[k];
    if (r < 0) this.inters[k] = r = this.table.intersect(a, b);
    return r;
  }
  /** The cache index of the unordered pair {a, b}, or -1 when an id is SMALL or more. */
  slot(a, b) {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    if (hi >= this.side) {
      if (hi >= SMALL) return -1;
      this.grow(hi);
    }
    return lo * this.side + hi;
  }
  /** A larger cache for ids up to `id`; what the old one held is computed again when asked. */
  grow(id) {
    let side = Math.max(this.side, FIRST_SIDE);
    while (side <= id) side *= 2;
    this.side = side;
    this.unions = new Int32Array(side * side).fill(-1);
    this.inters = new Int32Array(side * side).fill(-1);
  }
  /** `a` minus `b`; the trivial cases cost a comparison, the rest is memoised by the table. */
  subtract(a, b) {
    if (a === 0 || b === 0) return a;
    if (a === b || b === this.all) return 0;
    return this.table.subtract(a, b);
  }
};

// src/engine/policy-index.ts
function peerKey(peer, namespace) {
  if (peer.kind === "ipBlock") return `ip:${peer.cidr}:${[...peer.except].sort().join(",")}${peer.allPods ? ":pods" : ""}`;
  const ns = peer.namespaceSelector ? `nsSel:${selectorKey(peer.namespaceSelector)}` : `ns:${namespace}`;
  return `${ns}|${peer.podSelector ? selectorKey(peer.podSelector) : "*"}`;
}
function buildPolicyIndex(policies, tiered = []) {
  const byKey = /* @__PURE__ */ new Map();
  const peers = [];
  const portNames = /* @__PURE__ */ new Set();
  let serial = 0;
  const peerId = (peer, namespace) => {
    const key = peerKey(peer, namespace);
    let d = byKey.get(key);
    if (!d) {
      d = { id: peers.length, namespace, peer };
      byKey.set(key, d);
      peers.push(d);
    }
    return d.id;
  };
  const isNamed = (ports) => {
    let named = false;
    for (const p of ports) {
      if (typeof p.port === "string") {
        named = true;
        portNames.add(p.port);
      }
    }
    return named;
  };
  const index = (policy, rules) => rules.map((rule) => {
    const peerIds = rule.peers.length === 0 ? null : [...new Set(rule.peers.map((peer) => peerId(peer, policy.namespace)))];
    return { policy, rule, peerIds, ports: rule.ports, named: isNamed(rule.ports), serial: serial++ };
  });
  const indexTier = (policy, rules) => rules.map((rule) => ({
    policy,
    rule,
    action: rule.action,
    peerIds: rule.everyPeer ? null : [...new Set(rule.peers.map((peer) => peerId(peer, "")))],
    ports: rule.ports,
    named: isNamed(rule.ports),
    serial: serial++
  }));
  const ingress = /* @__PURE__ */ new Map();
  const egress = /* @__PURE__ */ new Map();
  for (const p of policies) {
    ingress.set(p, index(p, p.ingress));
    egress.set(p, index(p, p.egress));
  }
  const tierIngress = /* @__PURE__ */ new Map();
  const tierEgress = /* @__PURE__ */ new Map();
  for (const p of tiered) {
    tierIngress.set(p, indexTier(p, p.ingress));
    tierEgress.set(p, indexTier(p, p.egress));
  }
  return { policies, peers, ingress, egress, portNames, tiered, tierIngress, tierEgress };
}

// src/engine/resolve-ports.ts
function resolvePorts(ports, destination) {
  if (ports.length === 0) return ALL_CONNS;
  const acc = { TCP: [], UDP: [], SCTP: [] };
  for (const p of ports) {
    if (p.port === void 0) {
      acc[p.protocol].push([ALL_PORTS[0][0], ALL_PORTS[0][1]]);
    } else if (typeof p.port === "number") {
      acc[p.protocol].push([p.port, p.endPort ?? p.port]);
    } else if (destination) {
      for (const c of destination) if (c.name === p.port && c.protocol === p.protocol) acc[p.protocol].push(c.port === 0 ? [ALL_PORTS[0][0], ALL_PORTS[0][1]] : [c.port, c.port]);
    }
  }
  const out = { ...NO_CONNS };
  for (const proto of PROTOCOLS) out[proto] = normalizeRanges(acc[proto]);
  return out;
}

// src/engine/tier-verdicts.ts
function tierSide(c, index, dir) {
  if (c.external || c.tierSubjectOf.length === 0) return null;
  const rulesOf2 = dir === "ingress" ? index.tierIngress : index.tierEgress;
  const side = { admin: [], baseline: [] };
  for (const p of c.tierSubjectOf) for (const r of rulesOf2.get(p)) (p.tier === "Admin" ? side.admin : side.baseline).push(r);
  return side.admin.length || side.baseline.length ? side : null;
}
var TierScratch = class {
  rem;
  acc;
  pass;
  mark;
  epoch = 0;
  touched = [];
  constructor(n) {
    this.rem = new Int32Array(n);
    this.acc = new Int32Array(n);
    this.pass = new Int32Array(n);
    this.mark = new Int32Array(n);
  }
  begin() {
    this.epoch++;
    this.touched.length = 0;
  }
  /** Starts a peer's state on first use: nothing decided, everything still open. */
  touch(p, all) {
    if (this.mark[p] === this.epoch) return;
    this.mark[p] = this.epoch;
    this.rem[p] = all;
    this.acc[p] = 0;
    this.pass[p] = 0;
    this.touched.push(p);
  }
};
function walkTier(ctx, rules, s) {
  const { ops, n } = ctx;
  const apply = (r, p) => {
    s.touch(p, ops.all);
    const m = ops.intersect(ctx.ports(r, p), s.rem[p]);
    if (m === 0) return;
    s.rem[p] = ops.subtract(s.rem[p], m);
    if (r.action === "Accept") s.acc[p] = ops.union(s.acc[p], m);
    else if (r.action === "Pass") s.pass[p] = ops.union(s.pass[p], m);
  };
  for (const r of rules) {
    const t = ctx.targets(r);
    if (t === null) for (let p = 0; p < n; p++) apply(r, p);
    else for (const p of t) apply(r, p);
  }
}
function adminOutcome(ctx, side, s) {
  const { ops } = ctx;
  s.begin();
  walkTier(ctx, side.admin, s);
  const n = s.touched.length;
  const out = { peers: Int32Array.from(s.touched), accepted: new Int32Array(n), next: new Int32Array(n), open: null };
  s.touched.forEach((p, i) => {
    out.accepted[i] = s.acc[p];
    out.next[i] = ops.union(s.rem[p], s.pass[p]);
  });
  return out;
}
function openOutcome(ctx, side, o, s) {
  const { ops } = ctx;
  s.begin();
  o.peers.forEach((p, i) => {
    s.touch(p, ops.all);
    s.rem[p] = o.next[i];
    s.acc[p] = o.accepted[i];
  });
  walkTier(ctx, side.baseline, s);
  const peers = Int32Array.from(s.touched);
  const verdicts = Int32Array.from(peers, (p) => ops.union(s.acc[p], ops.union(s.rem[p], s.pass[p])));
  return { peers, verdicts };
}
function evaluateTiers(ctx, side, isolated, np, emit2, s, memo) {
  const { ops } = ctx;
  let o = memo?.map.get(memo.key);
  if (!o) {
    o = adminOutcome(ctx, side, s);
    memo?.map.set(memo.key, o);
  }
  if (isolated) {
    const { peers: peers2, accepted, next } = o;
    for (let i = 0; i < peers2.length; i++) emit2(peers2[i], ops.union(accepted[i], ops.intersect(next[i], np(peers2[i]))));
    return;
  }
  o.open ??= openOutcome(ctx, side, o, s);
  const { peers, verdicts } = o.open;
  for (let i = 0; i < peers.length; i++) emit2(peers[i], verdicts[i]);
}

// src/model/tiers.ts
function tieredPolicyId(p) {
  return `${p.kind === "ClusterNetworkPolicy" ? "cnp" : p.kind === "AdminNetworkPolicy" ? "anp" : "banp"}/${p.name}`;
}
function compareTiered(a, b) {
  if (a.tier !== b.tier) return a.tier === "Admin" ? -1 : 1;
  if (a.priority !== b.priority) return a.priority - b.priority;
  const ia = tieredPolicyId(a);
  const ib = tieredPolicyId(b);
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

// src/engine/compute-reachability.ts
var BLOCK = 256;
function sideRules(c, index, dir) {
  if (c.external) return null;
  let rules = null;
  for (const p of c.subjectOf) {
    if (!p.types[dir]) continue;
    rules ??= [];
    for (const r of index[dir].get(p)) rules.push(r);
  }
  return rules;
}
function ruleTargets(index, classes) {
  const peerMembers = index.peers.map(() => []);
  for (const c of classes) for (const id of c.peers) peerMembers[id].push(c.index);
  const targetMemo = /* @__PURE__ */ new Map();
  const mark = new Int32Array(classes.length).fill(-1);
  return (r) => {
    if (r.peerIds === null) return null;
    let t = targetMemo.get(r.serial);
    if (t === void 0) {
      const list = [];
      for (const id of r.peerIds) for (const c of peerMembers[id]) if (mark[c] !== r.serial) {
        mark[c] = r.serial;
        list.push(c);
      }
      t = Int32Array.from(list);
      targetMemo.set(r.serial, t);
    }
    return t;
  };
}
function rulePorts(classes, table) {
  const signatures = 1 + classes.reduce((m, c) => Math.max(m, c.portSignature + 1), 0);
  const portMemo = [];
  return (r, dst) => {
    let memo = portMemo[r.serial];
    if (!memo) portMemo[r.serial] = memo = new Int32Array(r.named ? signatures : 1).fill(-1);
    const sig = r.named ? dst.portSignature + 1 : 0;
    let id = memo[sig];
    if (id < 0) memo[sig] = id = table.intern(resolvePorts(r.ports, dst.external ? null : dst.ports));
    return id;
  };
}
function fillEgress(ctx, egress, tiers) {
  const { n, classes, matrix: matrix3 } = ctx;
  const ALL = ctx.ops.all;
  const external = Uint8Array.from(classes, (c) => c.external ? 1 : 0);
  const firstExternal = external.indexOf(1) < 0 ? n : external.indexOf(1);
  const externalsLast = external.subarray(firstExternal).every((x) => x === 1);
  for (let s = 0; s < n; s++) {
    const row = s * n;
    const rules = egress[s];
    if (rules) for (const r of rules) unionEgressRule(ctx, s, r);
    const side = tiers[s];
    if (side) fillTierEgress(ctx, s, side, rules !== null);
    if (rules) continue;
    ctx.dense[s] = 1;
    if (side) continue;
    matrix3.setAt(row, ALL);
    if (!external[s]) matrix3.data.fill(ALL, row, row + n);
    else if (externalsLast) matrix3.data.fill(ALL, row, row + firstExternal);
    else for (let d = 0; d < n; d++) matrix3.setAt(row + d, external[d] ? 0 : ALL);
  }
}
function fillTierEgress(ctx, s, side, isolated) {
  const { n, matrix: matrix3, classes, blocks, hit } = ctx;
  const row = s * n;
  if (!isolated) {
    ctx.dense[s] = 1;
    matrix3.setAt(row, ctx.ops.all);
    matrix3.data.fill(ctx.ops.all, row, row + n);
  }
  const tc = { n, ops: ctx.ops, targets: ctx.targets, ports: (r, d) => ctx.portsAt(r, classes[d]) };
  evaluateTiers(
    tc,
    side,
    isolated,
    (d) => matrix3.data[row + d],
    (d, v) => {
      matrix3.setAt(row + d, v);
      if (v !== 0) hit[s * blocks + (d / BLOCK | 0)] = 1;
    },
    ctx.scratch,
    { map: ctx.tierMemo, key: tierKey(classes[s], "egress") }
  );
}
function unionEgressRule(ctx, s, r) {
  const { n, classes, matrix: matrix3, ops, blocks, hit } = ctx;
  const row = s * n;
  const t = ctx.targets(r);
  const fixed = r.named ? -1 : ctx.portsAt(r, classes[s]);
  if (t === null) {
    for (let d = 0; d < n; d++) matrix3.setAt(row + d, ops.union(matrix3.data[row + d], fixed >= 0 ? fixed : ctx.portsAt(r, classes[d])));
    hit.fill(1, s * blocks, (s + 1) * blocks);
    return;
  }
  for (const d of t) {
    const v = ops.union(matrix3.data[row + d], fixed >= 0 ? fixed : ctx.portsAt(r, classes[d]));
    if (v !== 0) {
      matrix3.setAt(row + d, v);
      hit[s * blocks + (d / BLOCK | 0)] = 1;
    }
  }
}
function applyIngress(ctx, ingress, tiers) {
  const { n, ops } = ctx;
  const block = new Int32Array(n * BLOCK);
  const touched = [];
  const put = (i, p) => {
    const old = block[i];
    if (old === 0) touched.push(i);
    block[i] = ops.union(old, p);
  };
  for (let b = 0; b < ctx.blocks; b++) {
    const d0 = b * BLOCK;
    const cols = [];
    for (let d = d0; d < Math.min(n, d0 + BLOCK); d++) if (ingress[d]) cols.push(d);
    if (!cols.length) continue;
    for (const d of cols) {
      const k = d - d0;
      for (const r of ingress[d]) {
        const p = ctx.portsAt(r, ctx.classes[d]);
        if (p === 0) continue;
        const t = ctx.targets(r);
        if (t === null) for (let s = 0; s < n; s++) put(s * BLOCK + k, p);
        else for (const s of t) put(s * BLOCK + k, p);
      }
      const side = tiers[d];
      if (side) {
        evaluateTiers(tierContext(ctx, d), side, true, (s) => block[s * BLOCK + k], (s, v) => {
          const i = s * BLOCK + k;
          if (block[i] === 0 && v !== 0) touched.push(i);
          block[i] = v;
        }, ctx.scratch, { map: ctx.tierMemo, key: tierKey(ctx.classes[d], "ingress") });
      }
    }
    intersectBlock(ctx, b, cols, block);
    for (const i of touched) block[i] = 0;
    touched.length = 0;
  }
}
function tierKey(c, dir) {
  return `${dir}|${c.tierSubjectOf.map((p) => p.name + p.kind).join(",")}${dir === "ingress" ? `|${c.portSignature}` : ""}`;
}
function tierContext(ctx, d) {
  const dst = ctx.classes[d];
  return { n: ctx.n, ops: ctx.ops, targets: ctx.targets, ports: (r) => ctx.portsAt(r, dst) };
}
function applyTierIngress(ctx, tiers, ingress) {
  const { n, matrix: matrix3, ops } = ctx;
  for (let d = 0; d < n; d++) {
    const side = tiers[d];
    if (!side || ingress[d]) continue;
    evaluateTiers(tierContext(ctx, d), side, false, () => ops.all, (s, v) => {
      const i = s * n + d;
      const e = matrix3.data[i];
      if (e !== 0) matrix3.setAt(i, ops.intersect(e, v));
    }, ctx.scratch, { map: ctx.tierMemo, key: tierKey(ctx.classes[d], "ingress") });
  }
}
function intersectBlock(ctx, b, cols, block) {
  const { n, matrix: matrix3, ops, dense, hit, blocks } = ctx;
  const d0 = b * BLOCK;
  for (let s = 0; s < n; s++) {
    if (!dense[s] && !hit[s * blocks + b]) continue;
    const row = s * n;
    const base = s * BLOCK - d0;
    for (const d of cols) {
      const e = matrix3.data[row + d];
      if (e !== 0) {
        const v = ops.intersect(e, block[base + d]);
        if (v !== e) matrix3.setAt(row + d, v);
      }
    }
  }
}
function computeReachability(cluster, options = {}) {
  const index = buildPolicyIndex(cluster.policies, [...cluster.tieredPolicies ?? []].sort(compareTiered));
  const classification = classify(cluster, index, options.boundaries ?? [], options.podCidrs ?? []);
  const { classes } = classification;
  const n = classes.length;
  const table = options.table ?? new ConnsTable();
  const matrix3 = new ClassMatrix(n);
  const blocks = Math.ceil(n / BLOCK);
  const ctx = {
    n,
    classes,
    ops: new ConnsOps(table),
    matrix: matrix3,
    targets: ruleTargets(index, classes),
    portsAt: rulePorts(classes, table),
    blocks,
    dense: new Uint8Array(n),
    hit: new Uint8Array(n * blocks),
    scratch: new TierScratch(n),
    tierMemo: /* @__PURE__ */ new Map()
  };
  const tiered = index.tiered.length > 0;
  const noTiers = () => new Array(n).fill(null);
  const tierEgress = tiered ? classes.map((c) => tierSide(c, index, "egress")) : noTiers();
  const tierIngress = tiered ? classes.map((c) => tierSide(c, index, "ingress")) : noTiers();
  const ingress = classes.map((c) => sideRules(c, index, "ingress"));
  fillEgress(ctx, classes.map((c) => sideRules(c, index, "egress")), tierEgress);
  applyIngress(ctx, ingress, tierIngress);
  if (tiered) applyTierIngress(ctx, tierIngress, ingress);
  return {
    cluster,
    index,
    classification,
    table,
    matrix: matrix3,
    classConnsId: (a, b) => matrix3.data[a * n + b],
    classConns: (a, b) => table.get(matrix3.data[a * n + b])
  };
}

// src/diff/change-rectangles.ts
function hashInts(xs) {
  let h = 2166136261;
  for (let i = 0; i < xs.length; i++) h = Math.imul(h ^ xs[i], 16777619) >>> 0;
  return h;
}
function sameInts(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
var DistinctLists = class {
  byHash = /* @__PURE__ */ new Map();
  items = [];
  /** The item with these cells, or null (then `make` makes one). */
  find(cells) {
    return this.byHash.get(hashInts(cells))?.find((s) => sameInts(s.cells, cells)) ?? null;
  }
  add(item) {
    this.items.push(item);
    const h = hashInts(item.cells);
    const bucket = this.byHash.get(h);
    if (bucket) bucket.push(item);
    else this.byHash.set(h, [item]);
  }
};
function columnSets(rowSets, width) {
  const h1 = new Uint32Array(width).fill(2166136261);
  const h2 = new Uint32Array(width).fill(2538058380);
  const used = new Uint8Array(width);
  rowSets.forEach((s, r) => {
    for (let k = 0; k < s.cells.length; k += 2) {
      const t = s.cells[k];
      const key = s.cells[k + 1];
      used[t] = 1;
      h1[t] = Math.imul(Math.imul(h1[t] ^ r, 16777619) ^ key, 16777619);
      h2[t] = Math.imul(Math.imul(h2[t] ^ r + 1540483477, 1540483477) ^ key + 668265263, 1540483477);
    }
  });
  const setOf = new Int32Array(width).fill(-1);
  const byHash = /* @__PURE__ */ new Map();
  const columns = [];
  for (let t = 0; t < width; t++) {
    if (!used[t]) continue;
    const k = `${h1[t]}:${h2[t]}`;
    let c = byHash.get(k);
    if (c === void 0) {
      c = columns.length;
      byHash.set(k, c);
      columns.push([]);
    }
    columns[c].push(t);
    setOf[t] = c;
  }
  return { columns, setOf };
}
function denseKeys(rows, cols) {
  const nC = cols.columns.length;
  const keys = new Int32Array(rows.length * nC);
  const count = new Int32Array(rows.length * nC);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r].cells;
    for (let k = 0; k < cells.length; k += 2) {
      const i = r * nC + cols.setOf[cells[k]];
      const key = cells[k + 1] + 1;
      if (keys[i] === 0) keys[i] = key;
      else if (keys[i] !== key) return null;
      count[i] = count[i] + 1;
    }
  }
  for (let i = 0; i < keys.length; i++) if (keys[i] !== 0 && count[i] !== cols.columns[i % nC].length) return null;
  return keys;
}
var MAX_DENSE = 64e6;
function uniformKey(m, r0, r1, c0, c1) {
  const nC = m.cols.length;
  const first = m.keys[r0 * nC + c0];
  for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) if (m.keys[r * nC + c] !== first) return null;
  return first - 1;
}
function cut(weight, a, b) {
  let total = 0;
  for (let i = a; i < b; i++) total += weight[i];
  let acc = 0;
  for (let i = a; i < b - 1; i++) {
    acc += weight[i];
    if (acc * 2 >= total) return i + 1;
  }
  return b - 1;
}
function split(m, r0, r1, c0, c1) {
  const key = uniformKey(m, r0, r1, c0, c1);
  if (key !== null) {
    if (key >= 0) m.out.push({ rows: m.rows.slice(r0, r1).flatMap((s) => s.rows), columns: m.cols.slice(c0, c1).flat(), key });
    return;
  }
  let rw = 0;
  for (let r = r0; r < r1; r++) rw += m.rowWeight[r];
  let cw = 0;
  for (let c = c0; c < c1; c++) cw += m.colWeight[c];
  if (c1 - c0 === 1 || r1 - r0 > 1 && rw >= cw) {
    const mid = cut(m.rowWeight, r0, r1);
    split(m, r0, mid, c0, c1);
    split(m, mid, r1, c0, c1);
  } else {
    const mid = cut(m.colWeight, c0, c1);
    split(m, r0, r1, c0, mid);
    split(m, r0, r1, mid, c1);
  }
}
function mergeOn(list, same) {
  const other = same === "rows" ? "columns" : "rows";
  const byKey = /* @__PURE__ */ new Map();
  const out = [];
  for (const r of list) {
    const k = `${r.key}|${r[same].join(",")}`;
    const m = byKey.get(k);
    if (m) m[other] = [...m[other], ...r[other]];
    else {
      const copy = { ...r };
      byKey.set(k, copy);
      out.push(copy);
    }
  }
  for (const r of out) r[other].sort((a, b) => a - b);
  return out;
}
function byRows(rows) {
  return rows.flatMap((s) => {
    const byKey = /* @__PURE__ */ new Map();
    for (let k = 0; k < s.cells.length; k += 2) {
      const list = byKey.get(s.cells[k + 1]);
      if (list) list.push(s.cells[k]);
      else byKey.set(s.cells[k + 1], [s.cells[k]]);
    }
    return [...byKey].map(([key, columns]) => ({ rows: s.rows, columns, key }));
  });
}
function changeRectangles(rowSets, width, weight) {
  const rows = [...rowSets].sort((a, b) => a.rows[0] - b.rows[0]);
  for (const s of rows) s.rows.sort((a, b) => a - b);
  const cols = columnSets(rows, width);
  const keys = rows.length * cols.columns.length <= MAX_DENSE ? denseKeys(rows, cols) : null;
  if (!keys) return byRows(rows);
  const sum = (list) => list.reduce((n, i) => n + weight(i), 0);
  const m = { rows, cols: cols.columns, keys, rowWeight: Float64Array.from(rows, (s) => sum(s.rows)), colWeight: Float64Array.from(cols.columns, sum), out: [] };
  if (rows.length && cols.columns.length) split(m, 0, rows.length, 0, cols.columns.length);
  return mergeOn(mergeOn(m.out, "columns"), "rows");
}

// src/engine/explain-tiers.ts
function explainTiers(reach2, subject, peer, dst, direction, focus, isolated) {
  const side = tierSide(subject, reach2.index, direction);
  if (!side) return { admin: [], toNetworkPolicy: focus, baseline: [] };
  const walk = (rules, open) => {
    const steps = [];
    let passed = NO_CONNS;
    for (const r of rules) {
      if (r.peerIds !== null && !r.peerIds.some((id) => peer.peers.has(id))) continue;
      const m = intersectConns(resolvePorts(r.ports, dst.external ? null : dst.ports), open);
      if (isEmptyConns(m)) continue;
      open = subtractConns(open, m);
      if (r.action === "Pass") passed = unionConns(passed, m);
      steps.push({ tier: r.policy.tier, policy: r.policy, rule: r.rule, action: r.action, conns: m });
    }
    return { steps, next: unionConns(open, passed) };
  };
  const admin = walk(side.admin, focus);
  const baseline = isolated ? { steps: [] } : walk(side.baseline, admin.next);
  return { admin: admin.steps, toNetworkPolicy: admin.next, baseline: baseline.steps };
}

// src/engine/explain.ts
function explainSide(reach2, subject, peer, dst, direction, focus) {
  const isolatedBy = subject.subjectOf.filter((p) => p.types[direction]);
  const tiers = explainTiers(reach2, subject, peer, dst, direction, focus, isolatedBy.length > 0);
  focus = tiers.toNetworkPolicy;
  const allowedBy = [];
  for (const p of isolatedBy) {
    for (const r of reach2.index[direction].get(p)) {
      if (r.peerIds !== null && !r.peerIds.some((id) => peer.peers.has(id))) continue;
      const conns = intersectConns(resolvePorts(r.ports, dst.external ? null : dst.ports), focus);
      if (!isEmptyConns(conns)) allowedBy.push({ policy: p, rule: r.rule, conns });
    }
  }
  return { direction, isolatedBy, allowedBy, tiers };
}
function explainPair(reach2, from, to, focus) {
  const src = reach2.classification.classes[from];
  const dst = reach2.classification.classes[to];
  return {
    egress: src.external ? null : explainSide(reach2, src, dst, dst, "egress", focus),
    ingress: dst.external ? null : explainSide(reach2, dst, src, dst, "ingress", focus)
  };
}

// src/diff/explain-changes.ts
function tierBecause(s, which, direction, role) {
  return { policy: tieredPolicyId(s.policy), file: s.rule.source.file, line: s.rule.source.line, side: which, direction, role, tier: s.tier, action: s.action, rule: s.rule.index + 1 };
}
function becauseOf(side, which, role) {
  if (!side) return [];
  const d = side.direction;
  const step = (s) => s.action === "Deny" ? [] : [tierBecause(s, which, d, s.action === "Pass" ? "passes" : role)];
  return [
    ...side.tiers.admin.flatMap(step),
    ...side.allowedBy.map(({ policy, rule }) => ({ policy: policyId(policy), file: rule.source.file, line: rule.source.line, side: which, direction: d, role })),
    ...side.tiers.baseline.flatMap(step)
  ];
}
function deniers(side) {
  if (!side) return [];
  const d = side.direction;
  const steps = [...side.tiers.admin, ...side.tiers.baseline].filter((s) => s.action !== "Accept");
  const droppedLater = side.isolatedBy.length > 0 || side.tiers.baseline.some((s) => s.action === "Deny");
  return steps.filter((s) => s.action === "Deny" || droppedLater).map((s) => tierBecause(s, "head", d, s.action === "Deny" ? "denies" : "passes"));
}
function isolators(side, closed) {
  if (!side || !side.isolatedBy.length) return [];
  const allowed = side.allowedBy.reduce((acc, a) => unionConns(acc, a.conns), NO_CONNS);
  closed = intersectConns(closed, side.tiers.toNetworkPolicy);
  if (isEmptyConns(closed) || connsSubset(closed, allowed)) return [];
  return side.isolatedBy.map((p) => ({ policy: policyId(p), file: p.source.file, line: p.source.line, side: "head", direction: side.direction, role: "isolates" }));
}
function headBecause(head, from, to, after, closed) {
  const out = [];
  if (!isEmptyConns(after)) {
    const e = explainPair(head, from, to, after);
    out.push(...becauseOf(e.egress, "head", "allows"), ...becauseOf(e.ingress, "head", "allows"));
  }
  if (!isEmptyConns(closed)) {
    const e = explainPair(head, from, to, closed);
    out.push(...deniers(e.egress), ...isolators(e.egress, closed), ...deniers(e.ingress), ...isolators(e.ingress, closed));
  }
  return out;
}
function baseBecause(base, from, to, closed) {
  if (isEmptyConns(closed)) return [];
  const e = explainPair(base, from, to, closed);
  return [...becauseOf(e.egress, "base", "allowed-before"), ...becauseOf(e.ingress, "base", "allowed-before")];
}
var becauseKey = (b) => `${b.side}|${b.role}|${b.direction}|${b.policy}|${b.file}|${b.line}|${b.rule ?? ""}`;
var Interned = class {
  ids = /* @__PURE__ */ new Map();
  lists = [];
  constructor() {
    this.id([]);
  }
  id(list) {
    const seen = /* @__PURE__ */ new Set();
    const unique = list.filter((x) => {
      const key2 = becauseKey(x);
      if (seen.has(key2)) return false;
      seen.add(key2);
      return true;
    });
    const key = [...seen].join("\n");
    let id = this.ids.get(key);
    if (id === void 0) {
      id = this.lists.length;
      this.ids.set(key, id);
      this.lists.push(unique);
    }
    return id;
  }
};
function cellKey(b, h) {
  return b < 67108864 && h < 67108864 ? b * 67108864 + h : `${b}|${h}`;
}
function memoised(memo, cls, key, compute) {
  let m = memo.get(cls);
  if (!m) memo.set(cls, m = /* @__PURE__ */ new Map());
  let id = m.get(key);
  if (id === void 0) m.set(key, id = compute());
  return id;
}
var CellExplainer = class {
  constructor(base, head, jointClasses) {
    this.base = base;
    this.head = head;
    this.jointClasses = jointClasses;
  }
  base;
  head;
  jointClasses;
  parts = new Interned();
  ids = /* @__PURE__ */ new Map();
  lists = [];
  headMemo = /* @__PURE__ */ new Map();
  baseMemo = /* @__PURE__ */ new Map();
  from = null;
  startRow(f) {
    this.from = this.jointClasses[f];
    this.headMemo = /* @__PURE__ */ new Map();
    this.baseMemo = /* @__PURE__ */ new Map();
  }
  /** What closed, per (before id, after id): a handful of pairs of connection sets in a diff. */
  closedMemo = /* @__PURE__ */ new Map();
  /** The explanation id of the cell (current row, `t`); `b` and `h` are the connection ids of before and after. */
  explain(t, b, h, before, after) {
    const from = this.from;
    const to = this.jointClasses[t];
    const key = cellKey(b, h);
    let closed = this.closedMemo.get(key);
    if (!closed) this.closedMemo.set(key, closed = subtractConns(before, after));
    const inHead = from.head >= 0 && to.head >= 0;
    const inBase = from.base >= 0 && to.base >= 0 && !isEmptyConns(closed);
    const hid = inHead ? memoised(this.headMemo, to.head, key, () => this.parts.id(headBecause(this.head, from.head, to.head, after, closed))) : 0;
    const bid = inBase ? memoised(this.baseMemo, to.base, key, () => this.parts.id(baseBecause(this.base, from.base, to.base, closed))) : 0;
    const pair = hid * 2097152 + bid;
    let id = this.ids.get(pair);
    if (id === void 0) {
      id = this.lists.length;
      this.ids.set(pair, id);
      this.lists.push([...this.parts.lists[hid], ...this.parts.lists[bid]]);
    }
    return id;
  }
  because(id) {
    return this.lists[id];
  }
};

// src/diff/compare-matrices.ts
function changeKind(before, after) {
  if (isEmptyConns(before)) return "opened";
  if (isEmptyConns(after)) return "closed";
  if (connsSubset(before, after)) return "widened";
  if (connsSubset(after, before)) return "narrowed";
  return "changed";
}
var CellKeys = class {
  /** before id → after id → explanation id → key: numbers only (this runs once per changed cell). */
  ids = /* @__PURE__ */ new Map();
  cells = [];
  id(b, h, e) {
    let byH = this.ids.get(b);
    if (!byH) this.ids.set(b, byH = /* @__PURE__ */ new Map());
    let byE = byH.get(h);
    if (!byE) byH.set(h, byE = /* @__PURE__ */ new Map());
    let id = byE.get(e);
    if (id === void 0) {
      id = this.cells.length;
      byE.set(e, id);
      this.cells.push({ b, h, e });
    }
    return id;
  }
};
function compareMatrices(base, head, { endpoints, jointClasses }) {
  const c = {
    base,
    head,
    jb: Int32Array.from(jointClasses, (j) => j.base),
    jh: Int32Array.from(jointClasses, (j) => j.head),
    ext: Uint8Array.from(jointClasses, (j) => endpoints[j.members[0]].kind === "External" ? 1 : 0),
    size: Int32Array.from(jointClasses, (j) => j.members.length),
    shared: base.table === head.table,
    explainer: new CellExplainer(base, head, jointClasses),
    keys: new CellKeys()
  };
  const J = jointClasses.length;
  const both = [];
  const partial = [];
  for (let t = 0; t < J; t++) (c.jb[t] >= 0 && c.jh[t] >= 0 ? both : partial).push(t);
  const bothT = Int32Array.from(both);
  const bCol = Int32Array.from(both, (t) => c.jb[t]);
  const hCol = Int32Array.from(both, (t) => c.jh[t]);
  const bd = base.matrix.data;
  const hd = head.matrix.data;
  const differing = [];
  const rowSets = new DistinctLists();
  const addRow = (f) => {
    if (!cells.length) return;
    const found = rowSets.find(cells);
    if (found) found.rows.push(f);
    else rowSets.add({ cells: Int32Array.from(cells), rows: [f] });
  };
  const cells = [];
  for (let f = 0; f < J; f++) {
    c.explainer.startRow(f);
    cells.length = 0;
    if (!(c.jb[f] >= 0 && c.jh[f] >= 0 && c.shared)) {
      for (let t = 0; t < J; t++) consider(c, f, t, cells);
      addRow(f);
      continue;
    }
    const br = c.jb[f] * base.matrix.n;
    const hr = c.jh[f] * head.matrix.n;
    differing.length = 0;
    for (let k = 0; k < bothT.length; k++) if (bd[br + bCol[k]] !== hd[hr + hCol[k]]) differing.push(bothT[k]);
    let i = 0;
    let j = 0;
    while (i < differing.length || j < partial.length) {
      const t = j >= partial.length || i < differing.length && differing[i] < partial[j] ? differing[i++] : partial[j++];
      consider(c, f, t, cells);
    }
    addRow(f);
  }
  return groupsOf(c, changeRectangles(rowSets.items, J, (j) => c.size[j]));
}
function groupsOf(c, rectangles) {
  const out = rectangles.map((r) => {
    const { b, h, e } = c.keys.cells[r.key];
    const before = c.base.table.get(b);
    const after = c.head.table.get(h);
    return { fromClasses: r.rows, toClasses: r.columns, before, after, opened: subtractConns(after, before), closed: subtractConns(before, after), kind: changeKind(before, after), because: c.explainer.because(e) };
  });
  return out.sort((x, y) => x.fromClasses[0] - y.fromClasses[0] || x.toClasses[0] - y.toClasses[0]);
}
function consider(c, f, t, cells) {
  const { jb, jh } = c;
  const b = jb[f] >= 0 && jb[t] >= 0 ? c.base.matrix.data[jb[f] * c.base.matrix.n + jb[t]] : 0;
  const h = jh[f] >= 0 && jh[t] >= 0 ? c.head.matrix.data[jh[f] * c.head.matrix.n + jh[t]] : 0;
  if (c.ext[f] && c.ext[t]) return;
  if (f === t && c.size[f] < 2) return;
  if (c.shared ? b === h : connsEqual(c.base.table.get(b), c.head.table.get(h))) return;
  const before = c.base.table.get(b);
  const after = c.head.table.get(h);
  cells.push(t, c.keys.id(b, h, c.explainer.explain(t, b, h, before, after)));
}

// src/engine/merge-externals.ts
function cidrsOf(r) {
  if (r.family !== 4) return rangeToCidrs(r);
  const out = [];
  let lo = Number(r.lo);
  const hi = Number(r.hi);
  while (lo <= hi) {
    let size = 1;
    let prefix = 32;
    while (prefix > 0 && lo % (size * 2) === 0 && lo + size * 2 - 1 <= hi) {
      size *= 2;
      prefix--;
    }
    out.push(`${Math.floor(lo / 16777216)}.${Math.floor(lo / 65536) % 256}.${Math.floor(lo / 256) % 256}.${lo % 256}/${prefix}`);
    lo += size;
  }
  return out;
}
function mergeExternals(intervals, keyOf) {
  const out = [];
  let cur = null;
  const flush = () => {
    if (!cur) return;
    const cidrs = cidrsOf(cur.range);
    const id = cidrs.length === 1 ? cidrs[0] : `${formatIp(cur.range.family, cur.range.lo)}-${formatIp(cur.range.family, cur.range.hi)}`;
    out.push({ id, range: cur.range, cidrs, parts: cur.parts });
  };
  intervals.forEach((r, i) => {
    const key = keyOf(i);
    if (cur && cur.key === key && cur.range.family === r.family && cur.range.hi + 1n === r.lo) {
      cur.range = { family: r.family, lo: cur.range.lo, hi: r.hi };
      cur.parts.push(i);
    } else {
      flush();
      cur = { range: r, key, parts: [i] };
    }
  });
  flush();
  return out;
}

// src/diff/match-endpoints.ts
function matchEndpoints(base, head, keepCuts) {
  const jointClasses = [];
  const jointByKey = /* @__PURE__ */ new Map();
  const joint = (b, h, member) => {
    const k = `${b}:${h}`;
    let j = jointByKey.get(k);
    if (j === void 0) {
      j = jointClasses.length;
      jointByKey.set(k, j);
      jointClasses.push({ base: b, head: h, members: [] });
    }
    jointClasses[j].members.push(member);
    return j;
  };
  const endpoints = [];
  const byId = workloadsById(base, head);
  for (const id of [...byId.keys()].sort()) {
    const { w, base: b, head: h } = byId.get(id);
    const presence = b < 0 ? "added" : h < 0 ? "removed" : "both";
    endpoints.push({ id, kind: w.kind, namespace: w.namespace, name: w.name, presence, hostNetwork: w.hostNetwork, workload: w, base: b, head: h, joint: joint(b, h, endpoints.length) });
  }
  const bi = base.classification.intervalClass;
  const hi = head.classification.intervalClass;
  const segment = cutSegments(base.classification.intervals, keepCuts);
  for (const e of mergeExternals(base.classification.intervals, (i) => `${bi[i]}:${hi[i]}:${segment[i]}`)) {
    const b = bi[e.parts[0]];
    const h = hi[e.parts[0]];
    endpoints.push({ id: e.id, kind: "External", cidrs: e.cidrs, range: e.range, presence: "both", base: b, head: h, joint: joint(b, h, endpoints.length) });
  }
  return { endpoints, jointClasses };
}
function workloadsById(base, head) {
  const byId = /* @__PURE__ */ new Map();
  base.cluster.workloads.forEach((w, i) => byId.set(workloadId(w), { w, base: base.classification.workloadClass[i], head: -1 }));
  head.cluster.workloads.forEach((w, i) => {
    const id = workloadId(w);
    const e = byId.get(id);
    const cls = head.classification.workloadClass[i];
    if (e) {
      e.head = cls;
      e.w = w;
    } else byId.set(id, { w, base: -1, head: cls });
  });
  return byId;
}
function cutSegments(intervals, cuts) {
  const points = /* @__PURE__ */ new Set();
  for (const c of cuts) {
    points.add(`${c.family}:${c.lo}`);
    points.add(`${c.family}:${c.hi + 1n}`);
  }
  const out = new Int32Array(intervals.length);
  let seg = 0;
  intervals.forEach((r, i) => {
    if (points.has(`${r.family}:${r.lo}`)) seg++;
    out[i] = seg;
  });
  return out;
}

// src/diff/compute-diff.ts
function ipBoundaries(c) {
  const out = [];
  for (const p of c.policies) for (const r of [...p.ingress, ...p.egress]) for (const peer of r.peers) if (peer.kind === "ipBlock") out.push(...peer.ranges);
  for (const p of c.tieredPolicies ?? []) for (const r of [...p.ingress, ...p.egress]) for (const peer of r.peers) if (peer.kind === "ipBlock") out.push(...peer.ranges);
  return out;
}
function computeDiff(baseCluster, headCluster, options = {}) {
  const boundaries = diffBoundaries(baseCluster, headCluster, options);
  const table = new ConnsTable();
  const podCidrs = options.podCidrs ?? [];
  const base = computeReachability(baseCluster, { boundaries, table, podCidrs });
  const head = computeReachability(headCluster, { boundaries, table, podCidrs });
  return diffReachability(base, head, options.boundaries);
}
function diffBoundaries(baseCluster, headCluster, options = {}) {
  return [...ipBoundaries(baseCluster), ...ipBoundaries(headCluster), ...options.boundaries ?? []];
}
function diffReachability(base, head, keepCuts = []) {
  const matched = matchEndpoints(base, head, keepCuts);
  const groups = compareMatrices(base, head, matched);
  const diagnostics = [
    ...base.cluster.diagnostics.map((d) => ({ ...d, side: "base" })),
    ...head.cluster.diagnostics.map((d) => ({ ...d, side: "head" }))
  ];
  return { ...matched, groups, base, head, diagnostics };
}

// src/diff/moved-out.ts
function holdsObjects(c) {
  return c.workloads.length > 0 || c.policies.length > 0 || (c.tieredPolicies?.length ?? 0) > 0 || [...c.namespaces.values()].some((n) => n.source !== void 0);
}
function movedOutDiagnostics(renames, objectFiles, headPaths, globs) {
  const out = [];
  for (const r of renames) {
    if (!objectFiles.has(r.from) || headPaths.has(r.to)) continue;
    out.push({
      severity: "error",
      code: "manifest-moved-out",
      file: r.to,
      line: 1,
      side: "head",
      message: `the manifest ${r.from} moved out of the analysed paths (manifests: ${globs.join(", ")}) to ${r.to}: its objects would drop out of the analysis unseen. Keep manifests under the manifests globs, or change the globs on the base branch first.`
    });
  }
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

// src/engine/lint-tiers.ts
var DIRECTIONS = ["ingress", "egress"];
function ruleLabel(r) {
  return `rule ${r.index + 1}${r.name ? ` "${r.name}"` : ""}`;
}
function matches(r, k) {
  return r.peerIds === null || r.peerIds.some((id) => k.peers.has(id));
}
function subjectsOf(reach2) {
  const out = new Map(reach2.index.tiered.map((p) => [p, []]));
  for (const c of reach2.classification.classes) for (const p of c.tierSubjectOf) out.get(p).push(c);
  return out;
}
function dangling(reach2, subjects) {
  return reach2.index.tiered.filter((p) => subjects.get(p).length === 0).map((p) => ({
    code: "dangling-tiered-policy",
    ref: "T-7",
    file: p.source.file,
    line: p.source.line,
    subject: tieredPolicyId(p),
    message: `[${p.tier}] selects no workload in the manifests: it has no effect today, but a workload that matches its subject would be governed by it at once.`
  }));
}
function networksSomePods(reach2) {
  const pods = reach2.classification.podCidrs;
  const out = [];
  for (const p of reach2.index.tiered) {
    for (const r of p.egress) {
      for (const peer of r.peers) {
        if (peer.kind !== "ipBlock" || peer.allPods || ipBlockHoldsPods(peer.ranges, pods)) continue;
        if (pods.length && !peer.ranges.some((x) => pods.some((c) => rangesOverlap(x, c)))) continue;
        out.push({
          code: "networks-some-pods",
          ref: "T-9",
          file: r.source.file,
          line: r.source.line,
          subject: tieredPolicyId(p),
          message: `egress ${ruleLabel(r)} names network ${peer.cidr}, which ${pods.length ? "covers part of the pod CIDRs" : "may hold pod addresses (no podCidrs are given)"}: the API matches pods by address, which the manifests cannot tell, so flowgate counts it as matching external addresses only.`
        });
      }
    }
  }
  return out;
}
function equalPriorities(reach2, subjects) {
  const { classes } = reach2.classification;
  const out = [];
  const tiered = reach2.index.tiered;
  for (let i = 0; i < tiered.length; i++) {
    for (let j = i + 1; j < tiered.length; j++) {
      const a = tiered[i];
      const b = tiered[j];
      if (a.tier !== b.tier || a.priority !== b.priority) continue;
      const bs = new Set(subjects.get(b));
      if (!subjects.get(a).some((c) => bs.has(c))) continue;
      const overlap = DIRECTIONS.find((d) => {
        const ra = (d === "ingress" ? reach2.index.tierIngress : reach2.index.tierEgress).get(a);
        const rb = (d === "ingress" ? reach2.index.tierIngress : reach2.index.tierEgress).get(b);
        return classes.some((k) => ra.some((x) => matches(x, k)) && rb.some((y) => matches(y, k)));
      });
      if (!overlap) continue;
      out.push({
        code: "equal-priority",
        ref: "T-14",
        file: b.source.file,
        line: b.source.line,
        subject: tieredPolicyId(b),
        message: `[${b.tier}] has priority ${b.priority}, like ${tieredPolicyId(a)} (${a.source.file}:${a.source.line}), and both have ${overlap} rules for a common workload and peer: the API lets a cluster apply either one. flowgate evaluates ${tieredPolicyId(a)} first (by name); give them distinct priorities.`
      });
    }
  }
  return out;
}
function walkRules(reach2, ops, visit) {
  const { classes } = reach2.classification;
  const members = reach2.index.peers.map(() => []);
  for (const k of classes) for (const id of k.peers) members[id].push(k);
  const portMemo = /* @__PURE__ */ new Map();
  const portsAt = (r, at) => {
    const key = `${r.serial}:${r.named ? at.external ? -1 : at.portSignature : 0}`;
    let id = portMemo.get(key);
    if (id === void 0) portMemo.set(key, id = reach2.table.intern(resolvePorts(r.ports, at.external ? null : at.ports)));
    return id;
  };
  const all = ops.intern(ALL_CONNS);
  const denyAfterAccept = (rules) => rules.some((r, i) => r.action === "Deny" && rules.slice(0, i).some((a) => a.action === "Accept"));
  const walked = /* @__PURE__ */ new Set();
  for (const c of classes) {
    for (const d of DIRECTIONS) {
      const key = `${d}|${c.tierSubjectOf.map((p) => tieredPolicyId(p)).join(",")}|${d === "ingress" ? c.portSignature : ""}`;
      if (walked.has(key)) continue;
      walked.add(key);
      const side = tierSide(c, reach2.index, d);
      if (!side) continue;
      for (const rules of [side.admin, side.baseline]) {
        if (!denyAfterAccept(rules)) continue;
        const peers = /* @__PURE__ */ new Set();
        for (const r of rules) {
          if (r.peerIds === null) for (const k of classes) peers.add(k);
          else for (const id of r.peerIds) for (const k of members[id]) peers.add(k);
        }
        for (const k of peers) {
          let rem = all;
          const accepted = [];
          for (const r of rules) {
            if (!matches(r, k)) continue;
            const m = ops.intersect(portsAt(r, d === "egress" ? k : c), rem);
            visit(r, m, accepted);
            if (m !== 0 && r.action === "Accept") accepted.push(r);
            rem = ops.subtract(rem, m);
          }
        }
      }
    }
  }
}
function shadowedDenies(reach2, ops) {
  const live = /* @__PURE__ */ new Set();
  const shadowers = /* @__PURE__ */ new Map();
  walkRules(reach2, ops, (r, m, accepted) => {
    if (r.action !== "Deny") return;
    if (m !== 0) live.add(r);
    else if (accepted.length) for (const a of accepted) (shadowers.get(r) ?? shadowers.set(r, /* @__PURE__ */ new Set()).get(r)).add(a);
  });
  const out = [];
  for (const [r, by] of shadowers) {
    if (live.has(r)) continue;
    const names = [...by].map((a) => `${tieredPolicyId(a.policy)} ${a.rule.direction} ${ruleLabel(a.rule)}`).sort();
    out.push({
      code: "shadowed-deny",
      ref: "T-4",
      file: r.rule.source.file,
      line: r.rule.source.line,
      subject: tieredPolicyId(r.policy),
      message: `[${r.policy.tier}] ${r.rule.direction} ${ruleLabel(r.rule)} Deny never takes effect: every connection it matches is accepted first by ${names.join(", ")}.`
    });
  }
  return out;
}
function passToNothing(reach2, subjects) {
  const out = [];
  for (const p of reach2.index.tiered) {
    const cs = subjects.get(p);
    if (!cs.length) continue;
    for (const d of DIRECTIONS) {
      const rules = d === "ingress" ? p.ingress : p.egress;
      if (!rules.some((r) => r.action === "Pass")) continue;
      const after = p.tier === "Baseline" ? false : cs.some((c) => c.subjectOf.some((np) => np.types[d]) || c.tierSubjectOf.some((b) => b.tier === "Baseline" && b[d].length > 0));
      if (after) continue;
      for (const r of rules) {
        if (r.action !== "Pass") continue;
        out.push({
          code: "pass-to-nothing",
          ref: "T-4",
          file: r.source.file,
          line: r.source.line,
          subject: tieredPolicyId(p),
          message: `[${p.tier}] ${d} ${ruleLabel(r)} Pass hands over to ${p.tier === "Baseline" ? "the default allow" : `nothing: no NetworkPolicy isolates its workloads for ${d} and no Baseline rule applies to them`}, so it allows what it matches, like an Accept.`
        });
      }
    }
  }
  return out;
}
function lintTiers(reach2) {
  if (!reach2.index.tiered.length) return [];
  const subjects = subjectsOf(reach2);
  return [...dangling(reach2, subjects), ...networksSomePods(reach2), ...equalPriorities(reach2, subjects), ...shadowedDenies(reach2, reach2.table), ...passToNothing(reach2, subjects)];
}

// src/engine/lint.ts
var CODE_ORDER = [
  "dns-blocked",
  "shadowed-deny",
  "equal-priority",
  "dangling-policy",
  "dangling-tiered-policy",
  "pass-to-nothing",
  "unresolved-named-port",
  "ipblock-some-pods",
  "networks-some-pods",
  "host-network",
  "implicit-policy-types"
];
function implicitTypes(p) {
  if (!p.implicitTypes) return null;
  const types = p.types.egress ? "[Ingress, Egress]" : "[Ingress]";
  const tail2 = !p.types.egress ? "egress rules added to it later would be ignored by a cluster that stored the defaulted object" : p.ingress.length ? "it isolates ingress too, allowing only the ingress rules written here" : "it isolates ingress too, and with no ingress rules it denies all ingress to the workloads it selects";
  return {
    code: "implicit-policy-types",
    ref: "A-3e",
    file: p.source.file,
    line: p.source.line,
    subject: policyId(p),
    message: `policyTypes is not written, so Kubernetes defaults it to ${types}: ${tail2}. Write policyTypes explicitly.`
  };
}
function dangling2(reach2) {
  const selecting = /* @__PURE__ */ new Set();
  const { classes, workloadClass } = reach2.classification;
  reach2.cluster.workloads.forEach((w, i) => {
    if (w.kind !== "Unlisted") for (const p of classes[workloadClass[i]].subjectOf) selecting.add(p);
  });
  return reach2.cluster.policies.filter((p) => !selecting.has(p)).map((p) => ({
    code: "dangling-policy",
    ref: "A-14",
    file: p.source.file,
    line: p.source.line,
    subject: policyId(p),
    // A-14: no effect today, but a workload that gets matching labels is isolated at once.
    message: `selects no workload in the manifests (podSelector: ${formatSelector(p.podSelector)}): it has no effect today, but a workload with matching labels would be isolated at once.`
  }));
}
function dnsPortNames(workloads) {
  const out = /* @__PURE__ */ new Set();
  for (const w of workloads) for (const c of w.ports) if (c.port === 53 && c.name) out.add(`${c.name}/${c.protocol}`);
  return out;
}
function allowsDns(r, proto, dnsNames) {
  if (connsContain(resolvePorts(r.ports, null), proto, 53)) return true;
  return r.ports.some((p) => typeof p.port === "string" && p.protocol === proto && dnsNames.has(`${p.port}/${proto}`));
}
function dnsBlocked(reach2) {
  const { cluster, classification } = reach2;
  const verdict2 = /* @__PURE__ */ new Map();
  const dnsNames = dnsPortNames(cluster.workloads);
  const out = [];
  cluster.workloads.forEach((w, i) => {
    if (w.kind === "Unlisted") return;
    const cls = classification.workloadClass[i];
    if (!verdict2.has(cls)) {
      const isolating = classification.classes[cls].subjectOf.filter((p) => p.types.egress);
      const rules = isolating.flatMap((p) => p.egress);
      const missing = isolating.length ? ["UDP", "TCP"].filter((proto) => !rules.some((r) => allowsDns(r, proto, dnsNames))) : [];
      verdict2.set(cls, missing.length ? { missing, policies: isolating.map(policyId) } : null);
    }
    const v = verdict2.get(cls);
    if (!v) return;
    out.push({
      code: "dns-blocked",
      ref: "A-33",
      file: w.source.file,
      line: w.source.line,
      subject: workloadId(w),
      message: `egress is isolated (by ${v.policies.join(", ")}) and no egress rule allows ${v.missing.map((p) => `${p} 53`).join(" or ")} to any destination: DNS lookups will fail.`
    });
  });
  return out;
}
function hostNetwork(reach2) {
  return reach2.cluster.workloads.filter((w) => w.hostNetwork).map((w) => ({
    code: "host-network",
    ref: "A-31",
    file: w.source.file,
    line: w.source.line,
    subject: workloadId(w),
    // A-31: upstream leaves this undefined; flowgate follows the common CNI behaviour.
    message: "uses hostNetwork: NetworkPolicy behaviour is undefined for it. flowgate treats it as most CNIs do (no pod selector matches it), so no policy can be said to isolate it."
  }));
}
function unresolvedNamedPorts(reach2) {
  const served = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Map();
  for (const w of reach2.cluster.workloads) {
    if (w.kind === "Unlisted") continue;
    for (const c of w.ports) {
      if (c.name === void 0) continue;
      served.add(`${c.name}/${c.protocol}`);
      names.set(c.name, (names.get(c.name) ?? /* @__PURE__ */ new Set()).add(c.protocol));
    }
  }
  const out = [];
  for (const p of reach2.cluster.policies) {
    for (const r of [...p.ingress, ...p.egress]) {
      const seen = /* @__PURE__ */ new Set();
      for (const port of r.ports) {
        if (typeof port.port !== "string") continue;
        const key = `${port.port}/${port.protocol}`;
        if (served.has(key) || seen.has(key)) continue;
        seen.add(key);
        const other = [...names.get(port.port) ?? []].sort();
        const why = other.length ? `containers name it only for ${other.join(", ")}, so on ${port.protocol} it matches nothing` : "no container in the manifests defines it, so it matches nothing";
        out.push({
          code: "unresolved-named-port",
          ref: "A-26",
          file: r.source.file,
          line: r.source.line,
          subject: policyId(p),
          message: `${r.direction} rule ${r.index + 1} names port "${port.port}" (${port.protocol}): ${why} (the policy still isolates).`
        });
      }
    }
  }
  return out;
}
function ipBlocksOverSomePods(reach2) {
  const pods = reach2.classification.podCidrs;
  if (!pods.length) return [];
  const out = [];
  for (const p of reach2.cluster.policies) {
    for (const r of [...p.ingress, ...p.egress]) {
      for (const peer of r.peers) {
        if (peer.kind !== "ipBlock" || ipBlockHoldsPods(peer.ranges, pods)) continue;
        if (!peer.ranges.some((x) => pods.some((c) => rangesOverlap(x, c)))) continue;
        out.push({
          code: "ipblock-some-pods",
          ref: "A-22",
          file: r.source.file,
          line: r.source.line,
          subject: policyId(p),
          message: `ipBlock ${peer.cidr}${peer.except.length ? ` except ${peer.except.join(", ")}` : ""} covers part of the pod CIDRs: it matches the pods whose addresses fall inside, which the manifests cannot tell, so flowgate counts it as matching no pod.`
        });
      }
    }
  }
  return out;
}
function lintReachability(reach2) {
  const all = [
    ...reach2.cluster.policies.map(implicitTypes).filter((w) => w !== null),
    ...dangling2(reach2),
    ...dnsBlocked(reach2),
    ...hostNetwork(reach2),
    ...unresolvedNamedPorts(reach2),
    ...ipBlocksOverSomePods(reach2),
    ...lintTiers(reach2)
  ];
  const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return all.sort(
    (a, b) => CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) || cmp(a.file, b.file) || a.line - b.line || cmp(a.subject, b.subject) || cmp(a.message, b.message)
  );
}

// src/engine/reach-result.ts
function reachEndpoints(reach2) {
  const { classification, cluster } = reach2;
  const out = cluster.workloads.map((w, i) => ({
    id: workloadId(w),
    kind: w.kind,
    namespace: w.namespace,
    name: w.name,
    hostNetwork: w.hostNetwork,
    workload: w,
    cls: classification.workloadClass[i]
  }));
  for (const e of mergeExternals(classification.intervals, (i) => classification.intervalClass[i])) {
    out.push({ id: e.id, kind: "External", cidrs: e.cidrs, range: e.range, cls: classification.intervalClass[e.parts[0]] });
  }
  return out;
}
function buildReachResult(reach2) {
  const endpoints = reachEndpoints(reach2);
  const classMembers = reach2.classification.classes.map(() => []);
  endpoints.forEach((e, i) => classMembers[e.cls].push(i));
  return { endpoints, classMembers, diagnostics: reach2.cluster.diagnostics, reach: reach2 };
}
function flowBlocks(r) {
  const { reach: reach2, classMembers } = r;
  const external = (c) => reach2.classification.classes[c].external;
  const out = [];
  for (let a = 0; a < classMembers.length; a++) {
    const sources = classMembers[a];
    if (!sources.length) continue;
    for (let b = 0; b < classMembers.length; b++) {
      const targets = classMembers[b];
      if (!targets.length || external(a) && external(b) || a === b && sources.length < 2) continue;
      const id = reach2.classConnsId(a, b);
      if (id !== 0) out.push({ sources, targets, id, conns: reach2.table.get(id) });
    }
  }
  return out;
}
function* flowPairs(r) {
  const { endpoints, reach: reach2 } = r;
  for (let i = 0; i < endpoints.length; i++) {
    const a = endpoints[i];
    for (let j = 0; j < endpoints.length; j++) {
      const b = endpoints[j];
      if (i === j || a.kind === "External" && b.kind === "External") continue;
      const id = reach2.classConnsId(a.cls, b.cls);
      if (id !== 0) yield { from: i, to: j, conns: reach2.table.get(id) };
    }
  }
}

// src/model/kube-names.ts
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
var NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function labelKeyProblem(key) {
  const parts = key.split("/");
  if (parts.length > 2) return 'a label key has at most one "/"';
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (!prefix || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)) return `prefix "${prefix}" is not a DNS subdomain`;
  }
  if (!name || name.length > 63 || !NAME.test(name)) {
    return 'a label name is 1-63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
  }
  return null;
}
function labelValueProblem(value) {
  if (value.length > 63 || !NAME.test(value)) {
    return 'a label value is at most 63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
  }
  return null;
}

// src/rules/endpoint-selector.ts
function sideView(reach2, side) {
  const workloads = /* @__PURE__ */ new Map();
  const listedNamespaces = /* @__PURE__ */ new Set();
  for (const w of reach2.cluster.workloads) {
    workloads.set(workloadId(w), w);
    if (w.kind !== "Unlisted") listedNamespaces.add(w.namespace);
  }
  return { classOf: (e) => e[side], namespaces: reach2.cluster.namespaces, workloads, listedNamespaces };
}
function namespaceLabels(view, namespace) {
  return view.namespaces.get(namespace)?.labels ?? { [NAMESPACE_NAME_LABEL]: namespace };
}
function matchesEndpoint(sel, e, view) {
  if (view.classOf(e) < 0) return false;
  if (sel.any) return true;
  if (e.kind === "External") return sel.cidrs !== void 0 && sel.cidrs.some((c) => rangesOverlap(c.range, e.range));
  if (sel.cidrs) return false;
  const w = view.workloads.get(e.id);
  if (!w) return false;
  if (sel.namespaces && !sel.namespaces.includes(w.namespace)) return false;
  if (sel.workloads && !sel.workloads.includes(w.name)) return false;
  if (sel.kinds && (w.kind === "Unlisted" || !sel.kinds.includes(w.kind))) return false;
  if (sel.labels && !selectorMatches(sel.labels, w.labels)) return false;
  if (sel.namespaceLabels && !selectorMatches(sel.namespaceLabels, namespaceLabels(view, w.namespace))) return false;
  return true;
}
function mayMatchStandIn(kind2, sel, e, view) {
  if (e.kind !== "Unlisted" || kind2 === "forbid") return true;
  return sel.namespaces !== void 0 && sel.namespaces.includes(e.namespace) && !view.listedNamespaces.has(e.namespace);
}
function endpointLabel(sel, e) {
  if (e.kind !== "External" || !sel.cidrs || sel.cidrs.some((c) => rangeContains(c.range, e.range))) return e.id;
  const inside2 = sel.cidrs.filter((c) => rangesOverlap(c.range, e.range)).map((c) => c.text);
  return `${e.id} (the addresses in ${inside2.join(", ")})`;
}
function describeSelector(sel) {
  if (sel.any) return "any endpoint";
  const parts = [];
  const list = (what, xs) => `${what} ${xs.join(" or ")}`;
  if (sel.namespaces) parts.push(list("namespace", sel.namespaces));
  if (sel.namespaceLabels) parts.push(`namespace labels ${formatSelector(sel.namespaceLabels)}`);
  if (sel.workloads) parts.push(list("workload", sel.workloads));
  if (sel.kinds) parts.push(list("kind", sel.kinds));
  if (sel.labels) parts.push(`labels ${formatSelector(sel.labels)}`);
  if (sel.cidrs) parts.push(list("cidr", sel.cidrs.map((c) => c.text)));
  return parts.join(", ");
}

// src/rules/evaluate-rules.ts
function ruleBoundaries(rules) {
  const out = [];
  for (const r of rules) for (const sel of [r.from, r.to]) for (const c of sel.cidrs ?? []) out.push(c.range);
  return out;
}
function brokenPorts(rule, allowed) {
  if (rule.kind === "forbid") return rule.ports ? intersectConns(allowed, rule.ports) : allowed;
  if (!rule.ports) return isEmptyConns(allowed) ? ALL_CONNS : NO_CONNS;
  return subtractConns(rule.ports, allowed);
}
function endsOf(rule, endpoints, view) {
  const ends = { from: /* @__PURE__ */ new Map(), to: /* @__PURE__ */ new Map(), inFrom: new Uint8Array(endpoints.length), inTo: new Uint8Array(endpoints.length) };
  const add2 = (m, cls, i) => {
    const list = m.get(cls);
    if (list) list.push(i);
    else m.set(cls, [i]);
  };
  endpoints.forEach((e, i) => {
    const cls = view.classOf(e);
    if (cls < 0) return;
    if (matchesEndpoint(rule.from, e, view) && mayMatchStandIn(rule.kind, rule.from, e, view)) {
      ends.inFrom[i] = 1;
      add2(ends.from, cls, i);
    }
    if (matchesEndpoint(rule.to, e, view) && mayMatchStandIn(rule.kind, rule.to, e, view)) {
      ends.inTo[i] = 1;
      add2(ends.to, cls, i);
    }
  });
  return ends;
}
var isExternal = (endpoints, i) => endpoints[i].kind === "External";
function isFlow(endpoints, i, j) {
  return i !== j && !(isExternal(endpoints, i) && isExternal(endpoints, j));
}
function hasAnyPair(ends, endpoints) {
  for (const fs11 of ends.from.values()) for (const i of fs11) for (const ts of ends.to.values()) for (const j of ts) if (isFlow(endpoints, i, j)) return true;
  return false;
}
function brokenByClass(rule, reach2) {
  const memo = /* @__PURE__ */ new Map();
  return (f, t) => {
    const k = f * 1048576 + t;
    let c = memo.get(k);
    if (c === void 0) {
      c = brokenPorts(rule, reach2.classConns(f, t));
      memo.set(k, c);
    }
    return c;
  };
}
function portsText(c) {
  return isAllConns(c) ? "any port" : formatConns(c);
}
function endText(sel, endpoints, members) {
  const labels = members.slice(0, members.length > 3 ? 2 : 3).map((i) => endpointLabel(sel, endpoints[i]));
  return members.length > 3 ? `${labels.join(", ")} and ${members.length - 2} more` : labels.join(", ");
}
function blockMessage(rule, endpoints, sources, targets, ports) {
  const from = endText(rule.from, endpoints, sources);
  const to = endText(rule.to, endpoints, targets);
  if (rule.kind === "forbid") return `${from} can reach ${to} on ${ports}, which rule "${rule.name}" forbids`;
  if (!rule.ports) return `${from} cannot reach ${to} at all, but rule "${rule.name}" requires a flow`;
  return `${from} cannot reach ${to} on ${ports}, which rule "${rule.name}" requires`;
}
function noPairMessage(rule, ends) {
  const empty = [ends.from.size === 0 ? `from (${describeSelector(rule.from)})` : "", ends.to.size === 0 ? `to (${describeSelector(rule.to)})` : ""].filter(Boolean);
  const why = empty.length ? `its ${empty.join(" and its ")} ${empty.length > 1 ? "match" : "matches"} nothing after the change` : "its from and to match no pair of distinct endpoints (that are not both external addresses) after the change";
  return `rule "${rule.name}" requires a flow, but ${why}; a renamed or removed workload must not turn the rule into a pass`;
}
function someIds(endpoints, byClass) {
  const ids2 = [...byClass.values()].flat().sort((a, b) => a - b).map((i) => endpoints[i].id);
  return ids2.length <= 3 ? ids2.join(", ") : `${ids2.slice(0, 3).join(", ")} and ${ids2.length - 3} more`;
}
function vacatedMessage(rule, endpoints, before, now) {
  const ends = ["from", "to"].filter((end) => now[end].size === 0 && before[end].size > 0);
  const what = ends.length ? ends.map((end) => `its ${end} (${describeSelector(rule[end])}) matched ${someIds(endpoints, before[end])} in base and matches nothing now`).join("; ") : "it matched pairs of endpoints in base and matches no pair now";
  return `rule "${rule.name}" forbids a flow, but ${what}; a renamed or removed workload must not turn the rule into a pass: update the rules on the base branch first`;
}
var namesWorkloads = (rule) => Boolean(rule.from.workloads?.length || rule.to.workloads?.length);
function blockPairCount(sources, targets) {
  const t = new Set(targets);
  let self = 0;
  for (const s of sources) if (t.has(s)) self++;
  return sources.length * targets.length - self;
}
function partition(list, key) {
  const out = /* @__PURE__ */ new Map();
  for (const i of list) {
    const k = key(i);
    const part = out.get(k);
    if (part) part.push(i);
    else out.set(k, [i]);
  }
  return out;
}
function classPairViolations(ctx, ports, froms, tos, out) {
  const { rule, endpoints, before } = ctx;
  const fromParts = partition(froms, (i) => before.inFrom[i] ? endpoints[i].base : -1);
  const toParts = [...partition(tos, (j) => before.inTo[j] ? endpoints[j].base : -1)];
  const bySignature = /* @__PURE__ */ new Map();
  for (const [kf, sources] of fromParts) {
    const fresh = toParts.map(([kt]) => kf < 0 || kt < 0 || !connsSubset(ports, ctx.baseBroken(kf, kt)));
    const sig = fresh.map(Number).join("");
    const entry = bySignature.get(sig);
    if (entry) entry.sources.push(...sources);
    else bySignature.set(sig, { sources: [...sources], fresh });
  }
  const text = portsText(ports);
  for (const { sources, fresh } of bySignature.values()) {
    sources.sort((a, b) => a - b);
    for (const isNew of [true, false]) {
      const targets = toParts.filter((_p, k) => fresh[k] === isNew).flatMap(([, part]) => part).sort((a, b) => a - b);
      const pairs = blockPairCount(sources, targets);
      if (pairs > 0) out.push({ rule, sources, targets, pairs, ports, isNew, message: blockMessage(rule, endpoints, sources, targets, text) });
    }
  }
}
function violationBlock(rule, endpoints, sources, targets, ports, isNew) {
  const pairs = blockPairCount(sources, targets);
  return pairs > 0 ? { rule, sources, targets, pairs, ports, isNew, message: blockMessage(rule, endpoints, sources, targets, portsText(ports)) } : null;
}
function evaluateRule(rule, diff2, base, head) {
  const { endpoints } = diff2;
  const now = endsOf(rule, endpoints, head);
  const before = endsOf(rule, endpoints, base);
  if (rule.kind === "require" && !hasAnyPair(now, endpoints)) {
    return [{ rule, sources: [], targets: [], pairs: 0, ports: rule.ports ?? ALL_CONNS, isNew: hasAnyPair(before, endpoints), message: noPairMessage(rule, now) }];
  }
  if (rule.kind === "forbid" && namesWorkloads(rule) && !hasAnyPair(now, endpoints) && hasAnyPair(before, endpoints)) {
    return [{ rule, sources: [], targets: [], pairs: 0, ports: rule.ports ?? ALL_CONNS, isNew: true, message: vacatedMessage(rule, endpoints, before, now) }];
  }
  const headBroken = brokenByClass(rule, diff2.head);
  const ctx = { rule, endpoints, before, baseBroken: brokenByClass(rule, diff2.base) };
  const out = [];
  const external = (c) => diff2.head.classification.classes[c].external;
  for (const [cf, froms] of now.from) {
    for (const [ct, tos] of now.to) {
      if (external(cf) && external(ct)) continue;
      const ports = headBroken(cf, ct);
      if (!isEmptyConns(ports)) classPairViolations(ctx, ports, froms, tos, out);
    }
  }
  return out.sort((x, y) => x.sources[0] - y.sources[0] || x.targets[0] - y.targets[0] || Number(y.isNew) - Number(x.isNew));
}
function evaluateRules(rules, diff2) {
  const base = sideView(diff2.base, "base");
  const head = sideView(diff2.head, "head");
  return rules.flatMap((r) => evaluateRule(r, diff2, base, head));
}

// src/rules/resolved-violations.ts
var ruleKey = (r) => `${r.kind}|${r.name}|${r.source.line}`;
function remainder(w, still, endpoints) {
  const targets = new Set(w.targets);
  const relevant = still.filter((c) => c.targets.some((t) => targets.has(t))).map((c) => ({ sources: new Set(c.sources), targets: c.targets }));
  const bySignature = /* @__PURE__ */ new Map();
  for (const s of w.sources) {
    const sig = relevant.flatMap((c, k) => c.sources.has(s) ? [k] : []).join(",");
    const list = bySignature.get(sig);
    if (list) list.push(s);
    else bySignature.set(sig, [s]);
  }
  const byRemaining = /* @__PURE__ */ new Map();
  for (const [sig, sources] of bySignature) {
    const covered = new Set(sig ? sig.split(",").flatMap((k) => relevant[Number(k)].targets) : []);
    const left = w.targets.filter((t) => !covered.has(t));
    const key = left.join(",");
    const entry = byRemaining.get(key);
    if (entry) entry.sources.push(...sources);
    else byRemaining.set(key, { sources: [...sources], targets: left });
  }
  const out = [];
  for (const { sources, targets: left } of byRemaining.values()) {
    const v = violationBlock(w.rule, endpoints, sources.sort((a, b) => a - b), left, w.ports, true);
    if (v) out.push(v);
  }
  return out.sort((x, y) => x.sources[0] - y.sources[0] || x.targets[0] - y.targets[0]);
}
function resolvedViolations(before, now, endpoints) {
  const nowByRule = /* @__PURE__ */ new Map();
  for (const v of now) {
    const k = ruleKey(v.rule);
    const list = nowByRule.get(k);
    if (list) list.push(v);
    else nowByRule.set(k, [v]);
  }
  const out = [];
  for (const w of before) {
    if (!w.isNew) continue;
    const still = nowByRule.get(ruleKey(w.rule)) ?? [];
    if (w.pairs === 0) {
      if (w.rule.kind !== "forbid" && !still.some((c) => c.pairs === 0)) out.push(w);
      continue;
    }
    out.push(...remainder(w, still.filter((c) => c.pairs > 0), endpoints));
  }
  return out;
}

// src/yaml/plain-data.ts
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/rules/parse-selector.ts
var WORKLOAD_FIELDS = ["namespace", "namespaceLabels", "workload", "kind", "labels"];
function buildLabelMap(raw, path13, report) {
  if (!isRecord(raw)) return null;
  let ok = true;
  const out = {};
  for (const [k, v] of Object.entries(raw)) {
    const keyProblem = labelKeyProblem(k);
    if (keyProblem) {
      report.error([...path13, k], "rules-invalid-label", `label key "${k}" is invalid: ${keyProblem}`, { atKey: true });
      ok = false;
      continue;
    }
    if (typeof v !== "string") {
      ok = false;
      continue;
    }
    const valueProblem = labelValueProblem(v);
    if (valueProblem) {
      report.error([...path13, k], "rules-invalid-label", `label "${k}" has an invalid value "${v}": ${valueProblem}`);
      ok = false;
      continue;
    }
    out[k] = v;
  }
  return ok ? out : null;
}
function buildRequirement(raw, path13, report) {
  if (!isRecord(raw) || typeof raw.key !== "string" || typeof raw.operator !== "string") return null;
  const { key } = raw;
  const operator = raw.operator;
  const keyProblem = labelKeyProblem(key);
  if (keyProblem) {
    report.error([...path13, "key"], "rules-invalid-selector", `label key "${key}" is invalid: ${keyProblem}`);
    return null;
  }
  const values = raw.values ?? [];
  if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) return null;
  if ((operator === "In" || operator === "NotIn") && values.length === 0) {
    report.error([...path13, "values"], "rules-invalid-selector", `operator ${operator} needs at least one value`);
    return null;
  }
  if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) {
    report.error([...path13, "values"], "rules-invalid-selector", `operator ${operator} takes no values`);
    return null;
  }
  for (const v of values) {
    const problem = labelValueProblem(v);
    if (problem) {
      report.error([...path13, "values"], "rules-invalid-selector", `value "${v}" is invalid: ${problem}`);
      return null;
    }
  }
  return { key, operator, values };
}
function buildLabelSelector(raw, path13, report) {
  if (!isRecord(raw)) return null;
  if (!("matchLabels" in raw) && !("matchExpressions" in raw)) {
    const matchLabels2 = buildLabelMap(raw, path13, report);
    return matchLabels2 && { matchLabels: matchLabels2, matchExpressions: [] };
  }
  const matchLabels = raw.matchLabels === void 0 || raw.matchLabels === null ? {} : buildLabelMap(raw.matchLabels, [...path13, "matchLabels"], report);
  const exprs = raw.matchExpressions ?? [];
  if (!Array.isArray(exprs)) return null;
  const matchExpressions = exprs.map((e, i) => buildRequirement(e, [...path13, "matchExpressions", i], report));
  if (!matchLabels || matchExpressions.some((r) => r === null)) return null;
  return { matchLabels, matchExpressions };
}
function stringList(raw) {
  if (typeof raw === "string") return [raw];
  if (Array.isArray(raw) && raw.length && raw.every((x) => typeof x === "string")) return [...new Set(raw)];
  return null;
}
function buildCidrs(raw, path13, report) {
  const list = typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw : null;
  if (!list) return null;
  let ok = true;
  const out = [];
  list.forEach((text, i) => {
    const at = typeof raw === "string" ? path13 : [...path13, i];
    if (typeof text !== "string") return void (ok = false);
    const c = parseCidr(text);
    if (!c.ok) {
      report.error(at, "rules-invalid-cidr", c.error);
      ok = false;
      return;
    }
    if (c.nonCanonical) report.warn(at, "rules-noncanonical-cidr", `"${text}" is read as ${c.canonical}`);
    out.push({ text: c.canonical, range: c.range });
  });
  return ok && out.length ? out : null;
}
function buildSelector(raw, path13, report) {
  if (!isRecord(raw) || Object.keys(raw).length === 0) return null;
  const keys = Object.keys(raw);
  if (raw.any !== void 0 && keys.length > 1) {
    report.error(path13, "rules-selector-conflict", `"any: true" selects every endpoint and cannot be combined with ${keys.filter((k) => k !== "any").join(", ")}`);
    return null;
  }
  const workloadFields = WORKLOAD_FIELDS.filter((f) => raw[f] !== void 0);
  if (raw.cidr !== void 0 && workloadFields.length) {
    report.error(
      path13,
      "rules-selector-conflict",
      `"cidr" selects external addresses, which have no ${workloadFields.join(", ")}; such a selector would match nothing (write two rules instead)`
    );
    return null;
  }
  if (raw.any === true) return { any: true };
  const sel = {};
  let ok = true;
  const take = (v, set) => {
    if (v === null || v === void 0) ok = false;
    else set(v);
  };
  if (raw.namespace !== void 0) take(stringList(raw.namespace), (x) => sel.namespaces = x.sort());
  if (raw.workload !== void 0) take(stringList(raw.workload), (x) => sel.workloads = x.sort());
  if (raw.kind !== void 0) {
    const kinds = stringList(raw.kind);
    take(kinds?.every((k) => WORKLOAD_KINDS.includes(k)) ? kinds : null, (x) => sel.kinds = x.sort());
  }
  if (raw.namespaceLabels !== void 0) take(buildLabelSelector(raw.namespaceLabels, [...path13, "namespaceLabels"], report), (x) => sel.namespaceLabels = x);
  if (raw.labels !== void 0) take(buildLabelSelector(raw.labels, [...path13, "labels"], report), (x) => sel.labels = x);
  if (raw.cidr !== void 0) take(buildCidrs(raw.cidr, [...path13, "cidr"], report), (x) => sel.cidrs = x);
  for (const k of keys) if (k !== "any" && k !== "cidr" && !WORKLOAD_FIELDS.includes(k)) ok = false;
  return ok ? sel : null;
}

// src/rules/parse-ports.ts
var PORT = /^(tcp|udp|sctp)(?:\/(\d{1,5})(?:-(\d{1,5}))?)?$/i;
function parsePort(text) {
  const m = PORT.exec(text);
  if (!m) return { ok: false, error: `"${text}" is not a port: write PROTOCOL/PORT or PROTOCOL/FROM-TO with TCP, UDP or SCTP, e.g. TCP/3306, UDP/53, TCP/8000-8100` };
  const protocol = m[1].toUpperCase();
  if (m[2] === void 0) return { ok: true, conns: connsOf(protocol, ALL_PORTS) };
  const lo = Number(m[2]);
  const hi = m[3] === void 0 ? lo : Number(m[3]);
  for (const p of [lo, hi]) {
    if (p < MIN_PORT || p > MAX_PORT) return { ok: false, error: `"${text}": port ${p} is out of range (${MIN_PORT}-${MAX_PORT})` };
  }
  if (hi < lo) return { ok: false, error: `"${text}": the range ends (${hi}) before it starts (${lo})` };
  return { ok: true, conns: connsOf(protocol, [[lo, hi]]) };
}
function unionPorts(list) {
  return list.reduce(unionConns, NO_CONNS);
}

// src/yaml/lines.ts
var import_yaml = __toESM(require_dist(), 1);
function child(doc, node, seg) {
  const n = (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
  if ((0, import_yaml.isMap)(n)) {
    for (const pair of n.items) {
      const k = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key;
      if (String(k) === String(seg)) return { key: (0, import_yaml.isNode)(pair.key) ? pair.key : null, value: pair.value };
    }
    return null;
  }
  if ((0, import_yaml.isSeq)(n) && typeof seg === "number") return seg < n.items.length ? { key: null, value: n.items[seg] } : null;
  if ((0, import_yaml.isSeq)(n) && /^\d+$/.test(String(seg))) return child(doc, n, Number(seg));
  return null;
}
function documentLines(doc, lineAt2, fallback = 1) {
  const lineOf = (node) => (0, import_yaml.isNode)(node) && node.range ? lineAt2(node.range[0]) : null;
  return (path13, at = "value") => {
    let node = doc.contents;
    let line = lineOf(node) ?? fallback;
    for (let i = 0; i < path13.length; i++) {
      const c = child(doc, node, path13[i]);
      if (!c) return line;
      const last = i === path13.length - 1;
      line = (last && at === "key" ? lineOf(c.key) : null) ?? lineOf(c.value) ?? lineOf(c.key) ?? line;
      node = c.value;
    }
    return line;
  };
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
function formatPath(path13) {
  let out = "";
  for (const seg of path13) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${/^[A-Za-z_][\w-]*$/.test(seg) ? seg : JSON.stringify(seg)}` : seg;
  }
  return out || "the top level";
}

// src/rules/rule-reporter.ts
var samePrefix = (prefix, path13) => prefix.length <= path13.length && prefix.every((s, i) => String(s) === String(path13[i]));
var RuleReporter = class {
  constructor(file, lineOf) {
    this.file = file;
    this.lineOf = lineOf;
  }
  file;
  lineOf;
  diagnostics = [];
  errorPaths = [];
  schemaPaths = [];
  /** A problem the JSON Schema found. */
  schema(path13, atKey, code, message) {
    this.schemaPaths.push(path13);
    this.push("error", path13, atKey, code, message);
  }
  /** A semantic error at `path`; `where` prefixes the message with the path. */
  error(path13, code, message, options = {}) {
    if (this.schemaPaths.some((s) => samePrefix(path13, s))) return;
    this.push("error", path13, options.atKey ?? false, code, options.where === false ? message : `${formatPath(path13)}: ${message}`);
  }
  warn(path13, code, message, where = true) {
    this.push("warning", path13, false, code, where ? `${formatPath(path13)}: ${message}` : message);
  }
  /** Whether an error was reported at `path` or inside it. */
  hasErrorWithin(path13) {
    return this.errorPaths.some((e) => samePrefix(path13, e));
  }
  line(path13, atKey = false) {
    return this.lineOf(path13, atKey ? "key" : "value");
  }
  push(severity, path13, atKey, code, message) {
    if (severity === "error") this.errorPaths.push(path13);
    this.diagnostics.push({ severity, code, file: this.file, line: this.line(path13, atKey), message });
  }
};

// src/rules/text-limits.ts
var MAX_RULES_FILE_CHARS = 1024 * 1024;
var MAX_RULES_DEPTH = 64;

// src/rules/validate-schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/flowgate-rules.schema.json
var flowgate_rules_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "flowgate rules file",
  description: "The rules that gate a pull request: flows that must never open (forbid) and flows that must stay open (require). Default location: .github/flowgate.yml, read from the base branch.",
  type: "object",
  additionalProperties: false,
  properties: {
    exposure: {
      description: "Exposure analysis (default true): stand-in endpoints for pods that the manifests do not list, so that a forbid rule about a namespace or labels is checked against any pod that could be there. false gives the listed-only result, for repositories that hold the whole cluster.",
      type: "boolean"
    },
    notAnalysed: {
      description: "What policy objects that decide traffic but are not analysed (Cilium, Calico, Istio AuthorizationPolicy, AdminNetworkPolicy, other *NetworkPolicy kinds) do to the gate: warn (default) reports them, fail also fails the check.",
      enum: ["warn", "fail"]
    },
    defaultNamespace: {
      description: "Namespace for objects without metadata.namespace (default: default).",
      $ref: "#/definitions/namespaceName"
    },
    podCidrs: {
      description: "The cluster's pod CIDRs. When given, an ipBlock that holds all of them also matches pods (as Calico does); by default ipBlocks match external addresses only (SEMANTICS A-22).",
      type: ["array", "null"],
      items: { $ref: "#/definitions/cidr" }
    },
    namespaces: {
      description: "Labels of namespaces that have no Namespace manifest in the repository (kubernetes.io/metadata.name is always set).",
      type: ["object", "null"],
      propertyNames: { $ref: "#/definitions/namespaceName" },
      additionalProperties: {
        description: "A namespace: its labels.",
        type: "object",
        additionalProperties: false,
        properties: {
          labels: { $ref: "#/definitions/labelMap" }
        }
      }
    },
    environments: {
      description: "The environments to analyse, each on its own (its own cluster, reach, diff and rules): a Kustomize overlay, a Helm chart, plain manifests or a command whose standard output is a YAML stream. Without it, flowgate detects Helm charts, top-level kustomizations and the remaining plain manifests.",
      type: "array",
      minItems: 1,
      maxItems: 50,
      items: { $ref: "#/definitions/environment" }
    },
    rules: {
      description: "The forbid and require rules.",
      type: ["object", "null"],
      additionalProperties: false,
      properties: {
        forbid: {
          description: "Flows that must never be allowed: violated by an allowed flow that meets the rule's ports.",
          type: ["array", "null"],
          items: { $ref: "#/definitions/rule" }
        },
        require: {
          description: "Flows that must stay allowed: violated by a flow that does not allow all of the rule's ports.",
          type: ["array", "null"],
          items: { $ref: "#/definitions/rule" }
        }
      }
    }
  },
  definitions: {
    repoPath: {
      description: "a path inside the repository, relative to its root (no '..', not absolute)",
      type: "string",
      minLength: 1,
      maxLength: 1e3,
      pattern: "^(?![/~])(?!(.*/)?\\.\\.(/|$))[^\\u0000-\\u001f]+$"
    },
    environmentName: {
      description: "an environment name: letters, digits, '.', '_', '-' and '/', starting with a letter or digit",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$"
    },
    environment: {
      description: "An environment: its name and exactly one source (kustomize, helm, manifests or command).",
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { $ref: "#/definitions/environmentName" },
        kustomize: {
          description: "the folder of a kustomization, rendered with kustomize build (or kubectl kustomize): no plugins, no exec functions, no remote resources",
          $ref: "#/definitions/repoPath"
        },
        helm: {
          description: "a Helm chart rendered with helm template (its folder, or chart, values files, namespace and release); beside kustomize, true lets the kustomization inflate vendored helmCharts (--enable-helm)",
          oneOf: [
            { type: "boolean" },
            { $ref: "#/definitions/repoPath" },
            {
              type: "object",
              additionalProperties: false,
              required: ["chart"],
              properties: {
                chart: { $ref: "#/definitions/repoPath" },
                values: { type: "array", items: { $ref: "#/definitions/repoPath" } },
                namespace: { $ref: "#/definitions/namespaceName" },
                release: { description: "the release name (default: the chart folder's name)", type: "string", pattern: "^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$" }
              }
            }
          ]
        },
        manifests: { description: "globs of plain manifest files, relative to the repository root", type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
        command: {
          description: "a program and its arguments (no shell), run at the repository root; its standard output is a YAML stream. The program is looked up on PATH, never in the repository.",
          type: "array",
          minItems: 1,
          items: { type: "string" }
        }
      }
    },
    namespaceName: {
      description: "a namespace name (a DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit)",
      type: "string",
      pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"
    },
    workloadName: {
      description: "a workload name (a DNS-1123 subdomain: lowercase letters, digits, '-' and '.')",
      type: "string",
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
      maxLength: 253
    },
    workloadKind: {
      description: "a workload kind",
      type: "string",
      enum: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"]
    },
    labelMap: {
      description: 'a label map (key: value); values are strings, so quote values like "1" or "true"',
      type: "object",
      additionalProperties: { type: "string" }
    },
    requirement: {
      description: "a label requirement: key, operator (In, NotIn, Exists, DoesNotExist) and values",
      type: "object",
      additionalProperties: false,
      required: ["key", "operator"],
      properties: {
        key: { type: "string" },
        operator: {
          description: "a selector operator",
          type: "string",
          enum: ["In", "NotIn", "Exists", "DoesNotExist"]
        },
        values: {
          type: "array",
          items: { type: "string" }
        }
      }
    },
    labelSelector: {
      description: "a label selector: a plain label map (matchLabels), or a mapping with matchLabels and/or matchExpressions",
      type: "object",
      if: {
        anyOf: [
          { required: ["matchLabels"] },
          { required: ["matchExpressions"] }
        ]
      },
      then: {
        additionalProperties: false,
        properties: {
          matchLabels: { $ref: "#/definitions/labelMap" },
          matchExpressions: {
            type: "array",
            items: { $ref: "#/definitions/requirement" }
          }
        }
      },
      else: {
        additionalProperties: { type: "string" }
      }
    },
    selector: {
      description: "Which endpoints: every field given must hold. namespace, namespaceLabels, workload, kind and labels select workloads; cidr selects external addresses; any: true selects every endpoint. An empty selector is an error: write any: true.",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        namespace: {
          description: "a namespace name (a DNS-1123 label), or a list of them",
          type: ["string", "array"],
          if: { type: "string" },
          then: { $ref: "#/definitions/namespaceName" },
          else: {
            minItems: 1,
            items: { $ref: "#/definitions/namespaceName" }
          }
        },
        namespaceLabels: {
          description: "A label selector on the labels of the workload's namespace.",
          $ref: "#/definitions/labelSelector"
        },
        workload: {
          description: "a workload name (metadata.name of the Deployment, Pod, ...), or a list of them",
          type: ["string", "array"],
          if: { type: "string" },
          then: { $ref: "#/definitions/workloadName" },
          else: {
            minItems: 1,
            items: { $ref: "#/definitions/workloadName" }
          }
        },
        kind: {
          description: "a workload kind (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob), or a list of them",
          type: ["string", "array"],
          if: { type: "string" },
          then: { $ref: "#/definitions/workloadKind" },
          else: {
            minItems: 1,
            items: { $ref: "#/definitions/workloadKind" }
          }
        },
        labels: {
          description: "A label selector on the pod template labels.",
          $ref: "#/definitions/labelSelector"
        },
        cidr: {
          description: "a CIDR such as 0.0.0.0/0 or 2001:db8::/32, or a list of them (external addresses only)",
          type: ["string", "array"],
          if: { type: "string" },
          then: { $ref: "#/definitions/cidr" },
          else: {
            minItems: 1,
            items: { $ref: "#/definitions/cidr" }
          }
        },
        any: {
          description: "any: true selects every endpoint, workloads and external addresses",
          const: true
        }
      }
    },
    port: {
      description: "a port: PROTOCOL/PORT or PROTOCOL/FROM-TO (TCP, UDP or SCTP, any letter case), or a protocol alone for all of its ports; e.g. TCP/3306, UDP/53, TCP/8000-8100, SCTP",
      type: "string",
      pattern: "^([Tt][Cc][Pp]|[Uu][Dd][Pp]|[Ss][Cc][Tt][Pp])(/[0-9]{1,5}(-[0-9]{1,5})?)?$"
    },
    rule: {
      description: "A rule: its name, the endpoints it is about (from, to) and, optionally, the ports.",
      type: "object",
      additionalProperties: false,
      required: ["name", "from", "to"],
      properties: {
        name: {
          description: "a non-empty name, unique in the file",
          type: "string",
          minLength: 1
        },
        from: { $ref: "#/definitions/selector" },
        to: { $ref: "#/definitions/selector" },
        environments: { description: "the environments the rule applies to (default: all)", type: "array", minItems: 1, items: { $ref: "#/definitions/environmentName" } },
        ports: {
          description: "a non-empty list of ports; leave ports out to mean any port",
          type: "array",
          minItems: 1,
          items: { $ref: "#/definitions/port" }
        }
      }
    },
    cidr: {
      description: "a CIDR such as 10.0.0.0/8, 0.0.0.0/0 or 2001:db8::/32",
      type: "string",
      pattern: "^[0-9A-Fa-f.:]+/[0-9]{1,3}$"
    }
  }
};

// src/rules/validate-schema.ts
var RULES_SCHEMA = flowgate_rules_schema_default;
var compiled = null;
function validator() {
  compiled ??= new import_ajv.Ajv({ allErrors: true, verbose: true, allowUnionTypes: true }).compile(RULES_SCHEMA);
  return compiled;
}
function describe(v) {
  if (v === null || v === void 0) return "nothing (an empty value)";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the string "${v.length > 40 ? `${v.slice(0, 40)}\u2026` : v}"`;
  return `the ${typeof v} ${String(v)}`;
}
var TYPE_NAMES = { object: "a mapping", array: "a list", string: "a string", null: "empty", boolean: "true or false", number: "a number", integer: "an integer" };
function typeList(t) {
  const types = (Array.isArray(t) ? t : [t]).filter((x) => x !== "null").map((x) => TYPE_NAMES[String(x)] ?? String(x));
  return types.join(" or ");
}
function closest(word, candidates) {
  const dist = (a, b) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length];
  };
  let best = null;
  let bestDist = 3;
  for (const c of candidates) {
    const d = dist(word, c);
    if (d < bestDist) [best, bestDist] = [c, d];
  }
  return best;
}
function parentDescription(e) {
  const d = e.parentSchema?.description;
  return typeof d === "string" ? d : "";
}
function problemOf(e) {
  const base = pointerToPath(e.instancePath);
  const where = formatPath(base);
  const expected = parentDescription(e);
  const params = e.params;
  if (e.propertyName !== void 0) {
    const path13 = [...base, e.propertyName];
    return { path: path13, atKey: true, code: "rules-invalid-value", message: `${formatPath(path13)}: "${e.propertyName}" is not ${expected || "a valid key"}` };
  }
  switch (e.keyword) {
    case "if":
    case "propertyNames":
      return null;
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const guess = closest(key, known);
      const hint = guess ? ` (did you mean "${guess}"?)` : known.length ? ` (expected one of: ${known.join(", ")})` : "";
      return { path: [...base, key], atKey: true, code: "rules-unknown-key", message: `${where}: unknown key "${key}"${hint}` };
    }
    case "required":
      return { path: base, atKey: false, code: "rules-missing-key", message: `${where} needs "${String(params.missingProperty)}"` };
    case "type": {
      const quote = typeof e.data === "number" || typeof e.data === "boolean" ? " (quote it in YAML to make it a string)" : "";
      const hint = Array.isArray(params.type) || params.type !== "string" ? "" : quote;
      return { path: base, atKey: false, code: "rules-wrong-type", message: `${where} must be ${typeList(params.type)}, not ${describe(e.data)}${hint}` };
    }
    case "minProperties":
      return {
        path: base,
        atKey: false,
        code: "rules-empty-selector",
        message: `${where} is an empty selector; name what it selects (namespace, workload, labels, cidr, ...) or write "any: true" to mean every endpoint`
      };
    case "minItems":
      return { path: base, atKey: false, code: "rules-invalid-value", message: `${where} is an empty list${expected ? `; expected ${expected}` : ""}` };
    case "minLength":
      return { path: base, atKey: false, code: "rules-invalid-value", message: `${where} must not be empty` };
    case "const":
      return { path: base, atKey: false, code: "rules-invalid-value", message: `${where} must be true, not ${describe(e.data)} (leave it out instead)` };
    default: {
      const what = base[base.length - 1] === "ports" || base[base.length - 2] === "ports" ? "rules-invalid-port" : base.includes("cidr") ? "rules-invalid-cidr" : "rules-invalid-value";
      const valid = e.keyword === "enum" && Array.isArray(params.allowedValues) ? ` (one of ${params.allowedValues.join(", ")})` : "";
      return { path: base, atKey: false, code: what, message: `${where}: ${describe(e.data)} is not ${expected || e.message || "valid"}${valid}` };
    }
  }
}
function validateRulesShape(value) {
  const validate = validator();
  if (validate(value)) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validate.errors ?? []) {
    const p = problemOf(e);
    if (!p) continue;
    const key = `${JSON.stringify(p.path)}|${p.code}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

// src/environments/parse-environments.ts
var SOURCE_KEYS = ["kustomize", "helm", "manifests", "command"];
function releaseName(folder) {
  const base = folder.split("/").filter(Boolean).pop() ?? "release";
  const name = base.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 53).replace(/-+$/, "");
  return name || "release";
}
function buildSource(raw, i, report) {
  const at = ["environments", i];
  const given = SOURCE_KEYS.filter((k) => raw[k] !== void 0 && !(k === "helm" && typeof raw.helm === "boolean"));
  if (given.length !== 1) {
    report.error(at, "rules-environment-source", given.length ? `give one source, not ${given.join(" and ")}` : "give a source: kustomize, helm, manifests or command");
    return null;
  }
  if (typeof raw.helm === "boolean" && given[0] !== "kustomize") {
    report.error([...at, "helm"], "rules-environment-source", "helm: true goes beside kustomize (it lets the kustomization inflate vendored helmCharts); a Helm chart is helm: { chart: FOLDER }");
    return null;
  }
  switch (given[0]) {
    case "kustomize":
      return { kind: "kustomize", path: String(raw.kustomize).replace(/\/+$/, ""), enableHelm: raw.helm === true };
    case "helm": {
      const h = raw.helm;
      const chart = (typeof h === "string" ? h : isRecord(h) ? String(h.chart) : "").replace(/\/+$/, "");
      const values = isRecord(h) && Array.isArray(h.values) ? h.values.map(String) : [];
      const namespace = isRecord(h) && typeof h.namespace === "string" ? h.namespace : null;
      const release = isRecord(h) && typeof h.release === "string" ? h.release : releaseName(chart);
      return { kind: "helm", chart, values, namespace, release };
    }
    case "manifests": {
      const globs = raw.manifests.map(String);
      for (const [j, g] of globs.entries()) {
        const body = g.replace(/^!/, "");
        if (body.startsWith("/") || body.startsWith("~") || body.split("/").includes("..")) report.error([...at, "manifests", j], "rules-environment-path", `"${g}" reaches outside the repository; globs are relative to its root`);
      }
      return { kind: "manifests", globs: globs.filter((g) => !g.startsWith("!")), exclude: globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1)) };
    }
    case "command": {
      const argv = raw.command.map(String);
      if (!argv[0] || argv[0].includes("/") || argv[0].includes("\\")) {
        report.error([...at, "command", 0], "rules-environment-command", `the program must be a name looked up on PATH (such as jsonnet), not a path ("${argv[0] ?? ""}"): a program in the repository would let a pull request run its own code`);
        return null;
      }
      return { kind: "command", argv };
    }
  }
}
function buildEnvironments(raw, report) {
  if (!Array.isArray(raw)) return void 0;
  const out = [];
  const first = /* @__PURE__ */ new Map();
  raw.forEach((item, i) => {
    if (!isRecord(item) || typeof item.name !== "string" || report.hasErrorWithin(["environments", i])) return;
    const line = report.line(["environments", i]);
    const seen = first.get(item.name);
    if (seen !== void 0) {
      report.error(["environments", i, "name"], "rules-duplicate-name", `environment "${item.name}" is defined twice (first at line ${seen})`);
      return;
    }
    first.set(item.name, line);
    const source = buildSource(item, i, report);
    if (source) out.push({ name: item.name, source, line });
  });
  return out;
}

// src/yaml/parse-documents.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/yaml/resolve-v2.ts
var MAP = new Map([
  ...["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((s) => [s, true]),
  ...["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((s) => [s, false]),
  ...["", "~", "null", "Null", "NULL"].map((s) => [s, null]),
  ...[".nan", ".NaN", ".NAN"].map((s) => [s, NaN]),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((s) => [s, Infinity]),
  ...["-.inf", "-.Inf", "-.INF"].map((s) => [s, -Infinity])
]);
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
var GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
var TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
function goInt(s) {
  if (!GO_INT.test(s)) return null;
  const neg = s[0] === "-";
  const body = s[0] === "-" || s[0] === "+" ? s.slice(1) : s;
  let n;
  const p = body.slice(0, 2).toLowerCase();
  if (p === "0x") n = parseInt(body.slice(2), 16);
  else if (p === "0o") n = parseInt(body.slice(2), 8);
  else if (p === "0b") n = parseInt(body.slice(2), 2);
  else if (body.length > 1 && body[0] === "0") n = parseInt(body, 8);
  else n = Number(body);
  if (!Number.isFinite(n) || n > 2 ** 64) return null;
  return neg ? -n : n;
}
function resolvePlainV2(s) {
  const c = s.charCodeAt(0);
  const digitOrSign = c >= 48 && c <= 57 || c === 43 || c === 45;
  if (!digitOrSign && c !== 46 && !"yYnNtTfFoO~".includes(s[0] ?? "~")) return s;
  const mapped = MAP.get(s);
  if (mapped !== void 0 || MAP.has(s)) return mapped;
  if (c === 46) return DOT_FLOAT.test(s) ? Number(s) : s;
  if (!digitOrSign) return s;
  if (TIMESTAMP.test(s)) return s;
  const plain = s.replace(/_/g, "");
  const int = goInt(plain);
  if (int !== null) return int;
  if (YAML_STYLE_FLOAT.test(plain)) return Number(plain);
  if (/^-0b[01]+$/.test(plain)) return -parseInt(plain.slice(3), 2);
  return s;
}

// src/yaml/guards.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_DEPTH = 256;
var MAX_ALIASES = 1e4;
var MAX_FILE_DIAGNOSTICS = 20;
var MAX_YAML_ERRORS = 200;
var MAX_DOCUMENTS = 1e5;
var MAX_FAST_DEPTH = 100;
var MAX_FAST_KEY = 1e3;
var MAX_LEXEMES = 6e6;
var MAX_FAST_CHARS = MAX_LEXEMES / 3;
function textProblem(text) {
  const nul = text.indexOf("\0");
  if (nul >= 0) return { offset: 0, code: "binary-file", message: "file holds binary data (a NUL byte), not YAML or JSON text" };
  const bad = text.indexOf("\uFFFD");
  if (bad >= 0) return { offset: bad, code: "not-utf8", message: "file is not valid UTF-8 text" };
  return null;
}
function parseStream(text, onNewLine, onToken, limit = MAX_DEPTH, maxLexemes = MAX_LEXEMES) {
  const parser = new import_yaml2.Parser(onNewLine);
  onNewLine(0);
  let lexemes = 0;
  for (const lexeme of new import_yaml2.Lexer().lex(text)) {
    if (++lexemes > maxLexemes) return { end: "too-large", offset: parser.offset };
    for (const t of parser.next(lexeme)) if (!onToken(t)) return { end: "stopped", offset: t.offset };
    if (parser.stack.length > limit + 1) return { end: "too-deep", offset: parser.offset };
  }
  for (const t of parser.end()) if (!onToken(t)) return { end: "stopped", offset: t.offset };
  return { end: "done", lexemes };
}
function capComposerErrors(composer, max) {
  const c = composer;
  const keep = c.onError;
  let seen = 0;
  if (typeof keep === "function") {
    c.onError = (source, code, message, warning) => {
      if (++seen <= max) keep(source, code, message, warning);
    };
  }
  return () => Math.max(0, seen - max);
}
function startOf(node) {
  return node?.range?.[0] ?? 0;
}
var MIN_EXPANSION_LIMIT = 1e6;
function expansionLimit(writtenNodes) {
  return Math.max(MIN_EXPANSION_LIMIT, 10 * writtenNodes);
}
function checkComposed(doc, lineOf, maxProblems = 100, depthLimit = MAX_DEPTH, aliasLimit = MAX_ALIASES) {
  const walk = new ComposedWalk(lineOf);
  walk.run(doc.contents, maxProblems);
  if (walk.problems.length) return walk.problems;
  return walk.limitProblems(startOf(doc.contents), depthLimit, aliasLimit);
}
var ComposedWalk = class {
  constructor(lineOf) {
    this.lineOf = lineOf;
  }
  lineOf;
  problems = [];
  anchors = /* @__PURE__ */ new Map();
  open = /* @__PURE__ */ new Set();
  // Per node: levels of collections (height) and nodes (size), with aliases expanded.
  height = /* @__PURE__ */ new Map();
  size = /* @__PURE__ */ new Map();
  aliases = 0;
  anchored = 0;
  written = 0;
  root = null;
  /** Walks the tree in document order (an alias names the last anchor before it), iteratively. */
  run(contents, maxProblems) {
    this.root = contents;
    const stack = [[contents, false]];
    while (stack.length && this.problems.length < maxProblems) {
      const [n, exit] = stack.pop();
      if ((0, import_yaml2.isPair)(n)) this.visitPair(n, stack);
      else if (!n) continue;
      else if ((0, import_yaml2.isAlias)(n)) this.visitAlias(n);
      else if (!(0, import_yaml2.isCollection)(n)) this.visitScalar(n);
      else if (exit) this.leaveCollection(n);
      else this.enterCollection(n, stack);
    }
  }
  /** The limits on the whole document: alias and anchor counts, expansion (an alias bomb), expanded depth. */
  limitProblems(at, depthLimit, aliasLimit) {
    const problems = [];
    if (this.aliases > aliasLimit || this.anchored > aliasLimit) {
      problems.push({ offset: at, code: "yaml-alias-limit", message: `the document holds ${this.aliases} aliases and ${this.anchored} anchors; at most ${aliasLimit} of each are read` });
      return problems;
    }
    const expanded = this.sizeOf(this.root);
    if (expanded > expansionLimit(this.written)) {
      problems.push({ offset: at, code: "yaml-alias-limit", message: `its aliases expand ${this.written} written nodes to ${expanded.toPrecision(3)} (an alias bomb?)` });
    }
    const depth = this.heightOf(this.root);
    if (depth > depthLimit) {
      problems.push({ offset: at, code: "yaml-too-deep", message: `with its aliases expanded the document nests ${depth} levels deep, more than the limit of ${depthLimit}` });
    }
    return problems;
  }
  heightOf(n) {
    return this.height.get(n) ?? 0;
  }
  sizeOf(n) {
    return this.size.get(n) ?? (n ? 1 : 0);
  }
  visitPair(n, stack) {
    const key = (0, import_yaml2.isAlias)(n.key) ? this.anchors.get(n.key.source) : n.key;
    if ((0, import_yaml2.isCollection)(key)) {
      this.problems.push({ offset: startOf(n.key), code: "yaml-complex-key", message: "a mapping key that is itself a list or a mapping cannot be JSON, so Kubernetes cannot read it" });
    }
    stack.push([n.value, false], [n.key, false]);
  }
  visitAlias(n) {
    this.written++;
    this.aliases++;
    const target = this.anchors.get(n.source);
    if (target && this.open.has(target)) {
      this.problems.push({ offset: startOf(n), code: "yaml-alias-cycle", message: `alias *${n.source} stands inside the node its anchor names: the value would contain itself` });
    } else if (target) {
      this.height.set(n, this.heightOf(target));
      this.size.set(n, this.sizeOf(target));
    }
  }
  visitScalar(n) {
    this.written++;
    resolveAsKubectl(n);
    if ((0, import_yaml2.isScalar)(n) && n.anchor) this.anchor(n.anchor, n);
  }
  anchor(name, n) {
    this.anchored++;
    this.anchors.set(name, n);
  }
  enterCollection(n, stack) {
    this.written++;
    if (n.anchor) this.anchor(n.anchor, n);
    this.open.add(n);
    stack.push([n, true]);
    if ((0, import_yaml2.isMap)(n)) checkKeys(n, this.problems, this.lineOf, (a) => this.anchors.get(a.source));
    for (let i = n.items.length - 1; i >= 0; i--) stack.push([n.items[i], false]);
  }
  leaveCollection(n) {
    this.open.delete(n);
    let h = 0;
    let total = 1;
    for (const item of n.items) {
      const parts = (0, import_yaml2.isPair)(item) ? [item.key, item.value] : [item];
      for (const x of parts) {
        h = Math.max(h, this.heightOf(x));
        total += this.sizeOf(x);
      }
    }
    this.height.set(n, h + 1);
    this.size.set(n, total);
  }
};
function resolveAsKubectl(n) {
  if (!(0, import_yaml2.isScalar)(n) || n.type !== "PLAIN" || typeof n.value === "symbol" || typeof n.source !== "string") return;
  if (!n.tag) n.value = resolvePlainV2(n.source);
}
var short = (key) => key.length > 40 ? `${key.slice(0, 40)}\u2026` : key;
function mergedKeys(value, resolve) {
  const target = (0, import_yaml2.isAlias)(value) ? resolve(value) : value;
  if ((0, import_yaml2.isMap)(target)) return target.items.flatMap((p) => (0, import_yaml2.isScalar)(p.key) ? [String(p.key.value)] : []);
  if ((0, import_yaml2.isSeq)(target)) return target.items.flatMap((x) => mergedKeys(x, resolve));
  return [];
}
function checkKeys(map, problems, lineOf, resolve) {
  const pairs = map.items;
  const first = /* @__PURE__ */ new Map();
  const replaced = /* @__PURE__ */ new Set();
  for (const p of pairs) {
    if (!(0, import_yaml2.isPair)(p) || !(0, import_yaml2.isScalar)(p.key)) continue;
    if (typeof p.key.value === "symbol") {
      const merged = new Set(mergedKeys(p.value, resolve));
      for (const k of merged) if (first.has(k)) replaced.add(first.get(k));
      continue;
    }
    resolveAsKubectl(p.key);
    const key = String(p.key.value);
    const seen = first.get(key);
    if (seen) {
      problems.push({
        offset: startOf(p.key),
        code: "yaml-duplicate-key",
        message: `duplicate key "${short(key)}" in a mapping (first on line ${lineOf(startOf(seen))}): kubectl keeps the last value and kustomize refuses the file, so it is read differently by kubectl and kustomize`
      });
    } else first.set(key, p.key);
  }
  if (replaced.size) map.items = map.items.filter((p) => !replaced.has(p.key));
}

// src/yaml/kube-stream.ts
var ODD_BREAK = /[\u2028\u2029\u0085]|\r(?!\n)/;
function withYaml11Breaks(text) {
  if (!ODD_BREAK.test(text)) return text;
  const out = text.split("");
  let quote = null;
  let comment = false;
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const odd = c === "\u2028" || c === "\u2029" || c === "\x85" || c === "\r" && out[i + 1] !== "\n";
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (odd || c === "\n") {
      if (odd) out[i] = "\n";
      comment = false;
      continue;
    }
    if (comment) continue;
    if (c === "#" && (i === 0 || /\s/.test(out[i - 1]))) comment = true;
    else if ((c === '"' || c === "'") && opensQuote(out, i)) quote = c;
  }
  return out.join("");
}
function opensQuote(chars, i) {
  for (let j = i - 1; j >= 0; j--) {
    const p = chars[j];
    if (p === " " || p === "	") continue;
    return p === "\n" || p === ":" || p === "-" || p === "[" || p === "{" || p === "," || p === "?";
  }
  return true;
}
function jsonValues(text) {
  const out = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (depth++ === 0) start = i;
    } else if (c === "}" || c === "]") {
      if (--depth === 0) out.push([start, i + 1]);
      if (depth < 0) return null;
    } else if (depth === 0 && !/\s/.test(c)) return null;
  }
  return depth === 0 ? out : null;
}
function jsonChunks(text, base) {
  const values = jsonValues(text);
  if (values === null || values.length < 1) return null;
  const problems = [];
  if (values.length > 1) {
    problems.push({
      offset: base + values[1][0],
      code: "json-stream",
      severity: "warning",
      message: `this file is a stream of ${values.length} JSON objects: kubectl applies them all (and so does flowgate), kustomize reads only the first`
    });
  }
  return { chunks: values.map(([s, e]) => ({ text: text.slice(s, e).replace(/\t/g, " "), offset: base + s })), problems, json: true };
}
var SEPARATOR = "---";
function splitKubeStream(fileText) {
  const lead = /^\s*/.exec(fileText)[0].length;
  if (fileText[lead] === "{") {
    const json = jsonChunks(fileText, 0);
    if (json) return json;
  }
  const text = withYaml11Breaks(fileText);
  const chunks = [];
  const problems = [];
  let start = 0;
  const push = (from, to) => {
    const bom = text.charCodeAt(from) === 65279 ? 1 : 0;
    if (to > from + bom) chunks.push({ text: text.slice(from + bom, to), offset: from + bom });
  };
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl + 1;
    if (text[at] === "%") {
      problems.push({ offset: at, code: "yaml-directive", message: 'kubectl refuses this file: it cuts the file at `---` lines, so this % directive stands alone in its section ("did not find expected <document start>")' });
    }
    if (text.startsWith(SEPARATOR, at)) {
      const rest = text.slice(at + SEPARATOR.length, end).trim();
      if (rest && rest[0] !== "#") {
        problems.push({ offset: at, code: "yaml-separator", message: `kubectl refuses this file: a line that starts with --- may hold only a comment after it ("invalid Yaml document separator: ${rest.slice(0, 40)}")` });
      }
      push(start, at);
      start = end;
    }
    at = end;
  }
  push(start, text.length);
  return { chunks, problems, json: false };
}
function reindentContinuations(text) {
  const lines = text.split("\n");
  let quote = null;
  let depth = 0;
  let openIndent = 0;
  let changed = false;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    const inside2 = quote !== null || depth > 0;
    if (inside2) {
      const lead = /^[ \t]*/.exec(line)[0];
      const want = Math.max(lead.length, openIndent + 1);
      if (lead.includes("	") || lead.length < want) {
        line = " ".repeat(want) + line.slice(lead.length);
        lines[n] = line;
        changed = true;
      }
    } else openIndent = /^[ ]*/.exec(line)[0].length;
    const chars = line.split("");
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (quote) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === "#" && (i === 0 || /\s/.test(chars[i - 1]))) break;
      if ((c === '"' || c === "'") && (i === 0 ? true : opensQuote(chars.slice(0, i), i))) quote = c;
      else if (c === "[" || c === "{") depth++;
      else if ((c === "]" || c === "}") && depth > 0) depth--;
    }
  }
  return changed ? lines.join("\n") : null;
}

// src/yaml/scan-cst.ts
var DATA_TOKENS = /* @__PURE__ */ new Set(["comment", "double-quoted-scalar", "single-quoted-scalar", "block-scalar"]);
function quoteClosed(source) {
  const q = source[0];
  if (source.length < 2 || !source.endsWith(q)) return false;
  if (q === '"') {
    let n2 = 0;
    for (let i = source.length - 2; i > 0 && source[i] === "\\"; i--) n2++;
    return n2 % 2 === 0;
  }
  let n = 0;
  for (let i = source.length - 1; i > 0 && source[i] === "'"; i--) n++;
  return n % 2 === 1;
}
function flowClosed(token) {
  const end = token.end[0]?.source;
  return end === "]" || end === "}";
}
var CstScanner = class {
  ranges = [];
  unclosed = [];
  add(token) {
    const stack = [token];
    while (stack.length) {
      const o = stack.pop();
      if (Array.isArray(o)) {
        for (const x of o) if (typeof x === "object" && x !== null) stack.push(x);
        continue;
      }
      if (typeof o !== "object" || o === null) continue;
      const t = o;
      if (typeof t.type === "string" && typeof t.offset === "number") {
        if (DATA_TOKENS.has(t.type) && typeof t.source === "string") {
          this.ranges.push([t.offset, t.offset + t.source.length]);
          if ((t.type === "double-quoted-scalar" || t.type === "single-quoted-scalar") && !quoteClosed(t.source)) this.unclosed.push(t.offset);
        } else if (t.type === "flow-collection" && !flowClosed(o)) this.unclosed.push(t.offset);
      }
      for (const v of Object.values(o)) if (typeof v === "object" && v !== null) stack.push(v);
    }
  }
  finish() {
    const ranges = [...this.ranges].sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return { dataRanges: merged, unclosed: [...this.unclosed].sort((a, b) => a - b) };
  }
};
function lastAtOrBefore(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
function rangeEndAt(ranges, offset) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [s, e] = ranges[mid];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return e;
  }
  return -1;
}
function openerBefore(scan, offset) {
  const i = lastAtOrBefore(scan.unclosed, offset);
  return i < 0 ? null : scan.unclosed[i];
}
function findTemplate(text, dataRanges) {
  const lastClose = text.lastIndexOf("}}");
  if (lastClose < 0) return null;
  for (let i = text.indexOf("{{"); i >= 0 && i < lastClose; ) {
    const end = rangeEndAt(dataRanges, i);
    if (end < 0) return i;
    i = text.indexOf("{{", end);
  }
  return null;
}

// src/yaml/parse-documents.ts
function diag(file, line, code, message, severity = "error") {
  return { severity, code, file, line, message };
}
function looksLikeObject(value) {
  return typeof value === "object" && value !== null && "apiVersion" in value && "kind" in value;
}
var TIME_TAGS = /* @__PURE__ */ new Set(["timestamp", "intTime", "floatTime"]);
var EXPLICIT_NUMBERS = ["int", "float"].map((t) => ({
  tag: `tag:yaml.org,2002:${t}`,
  resolve: (text, onError) => {
    const v = resolvePlainV2(text);
    if (typeof v !== "number") onError(`cannot decode \`${text}\` as a !!${t}`);
    return v;
  }
}));
function withoutTimes(tags) {
  return [...EXPLICIT_NUMBERS, ...tags.filter((t) => typeof t === "string" ? !TIME_TAGS.has(t) : t.tag !== "tag:yaml.org,2002:timestamp" && t.format !== "TIME")];
}
function lineCounter(text) {
  const breaks = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
function syntaxError(ctx, err, scan) {
  const at = ctx.lineAt(err.pos[0]);
  const opener = err.code === "MISSING_CHAR" || err.code === "BAD_INDENT" ? openerBefore(scan, err.pos[0]) : null;
  if (opener !== null && ctx.lineAt(opener) < at) {
    return diag(ctx.file, ctx.lineAt(opener), "yaml-syntax", `YAML syntax error: ${firstLine(err.message)} (opened on this line, still open on line ${at})`);
  }
  return diag(ctx.file, at, "yaml-syntax", `YAML syntax error: ${firstLine(err.message)}`);
}
function capped(file, diagnostics, uncounted) {
  const sorted = diagnostics.map((d, i) => ({ d, i })).sort((a, b) => a.d.line - b.d.line || a.i - b.i).map((x) => x.d);
  if (sorted.length <= MAX_FILE_DIAGNOSTICS && !uncounted) return sorted;
  const rest = sorted.length - MAX_FILE_DIAGNOSTICS + uncounted;
  const kept = sorted.slice(0, MAX_FILE_DIAGNOSTICS);
  const severity = uncounted || sorted.slice(MAX_FILE_DIAGNOSTICS).some((d) => d.severity === "error") ? "error" : "warning";
  kept.push(diag(file, kept[kept.length - 1]?.line ?? 1, "too-many-diagnostics", `${rest} more problem${rest === 1 ? "" : "s"} in this file not shown`, severity));
  return kept;
}
function streamRefusal(ctx, stream, at) {
  if (stream.end === "done") return null;
  if (stream.end === "too-deep") {
    return diag(ctx.file, at(stream.offset), "yaml-too-deep", `collections nest more than ${ctx.maxDepth} levels deep here; the file is not read`);
  }
  const what = stream.end === "too-large" ? `more than ${MAX_LEXEMES} YAML tokens` : ctx.spent.documentTokens > MAX_DOCUMENTS ? `more than ${MAX_DOCUMENTS} documents` : `more than ${MAX_YAML_ERRORS} YAML errors`;
  return diag(ctx.file, 1, "yaml-too-large", `the file holds ${what} (the limit is passed on line ${at(stream.offset)}); it is not read`);
}
function composeChunk(ctx, chunk, at) {
  const composer = new import_yaml3.Composer({ version: "1.1", uniqueKeys: false, customTags: withoutTimes, logLevel: "error" });
  const dropped = capComposerErrors(composer, MAX_YAML_ERRORS);
  const scanner = new CstScanner();
  const docs = [];
  const stream = parseStream(
    chunk.text,
    () => {
    },
    (token) => {
      if (token.type === "document" && ++ctx.spent.documentTokens > MAX_DOCUMENTS) return false;
      if (token.type === "error" && ++ctx.spent.errorTokens > MAX_YAML_ERRORS) return false;
      scanner.add(token);
      for (const d of composer.next(token)) docs.push(d);
      return true;
    },
    ctx.maxDepth,
    MAX_LEXEMES - ctx.spent.lexemes
  );
  const refused = streamRefusal(ctx, stream, at);
  if (refused) return refused;
  if (stream.end === "done") ctx.spent.lexemes += stream.lexemes;
  for (const d of composer.end()) docs.push(d);
  for (const err of composer.streamInfo().errors) ctx.diagnostics.push(diag(ctx.file, at(err.pos[0]), "yaml-syntax", `YAML syntax error: ${firstLine(err.message)}`));
  ctx.spent.dropped += dropped();
  return { docs, scan: scanner.finish() };
}
function templateDiagnostic(ctx, line) {
  return diag(
    ctx.file,
    line,
    "template",
    "file holds a Go template (`{{ \u2026 }}`) and cannot be analysed as it is: render it first (helm template, kustomize build) or leave it out of the manifest globs"
  );
}
function readDocument(ctx, doc, scan) {
  const startLine = ctx.lineAt(doc.range?.[0] ?? 0);
  if (doc.errors.length) {
    for (const err of doc.errors) ctx.diagnostics.push(syntaxError(ctx, err, scan));
    return null;
  }
  if (doc.contents === null) return null;
  const problems = checkComposed(doc, ctx.lineAt);
  if (problems.length) {
    for (const p of problems) ctx.diagnostics.push(diag(ctx.file, ctx.lineAt(p.offset), p.code, `${p.message}; the document is not read`));
    return null;
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    ctx.diagnostics.push(diag(ctx.file, startLine, "yaml-syntax", `document cannot be read: ${firstLine(e.message)}`));
    return null;
  }
  if (looksLikeObject(value)) {
    for (const w of doc.warnings) ctx.diagnostics.push(diag(ctx.file, ctx.lineAt(w.pos[0]), "yaml-warning", `YAML: ${firstLine(w.message)}`, "warning"));
  }
  return { file: ctx.file, value, lineOf: documentLines(doc, ctx.lineAt, startLine) };
}
var failed = (c, diagnostics) => !("docs" in c) || diagnostics.length > 0 || c.docs.some((d) => d.errors.length > 0);
function composeReindented(ctx, chunk) {
  const at = (offset) => ctx.lineAt(chunk.offset + offset);
  const own = [];
  const composed = composeChunk({ ...ctx, diagnostics: own }, chunk, at);
  const again = failed(composed, own) && !ctx.json ? reindentContinuations(chunk.text) : null;
  if (again !== null) {
    const first = at(0);
    const lineIn = lineCounter(again);
    const atAgain = (offset) => first + lineIn(offset) - 1;
    const trial = [];
    const retried = composeChunk({ ...ctx, diagnostics: trial }, { text: again, offset: chunk.offset }, atAgain);
    if (!failed(retried, trial)) return { composed: retried, at: atAgain };
  }
  ctx.diagnostics.push(...own);
  return { composed, at };
}
function readChunk(ctx, chunk) {
  const { composed, at } = composeReindented(ctx, chunk);
  if (!("docs" in composed)) return composed;
  const template = findTemplate(chunk.text, composed.scan.dataRanges);
  if (template !== null) return templateDiagnostic(ctx, at(template));
  const [first, ...rest] = composed.docs;
  const ignored = rest.find((d) => d.contents !== null || d.errors.length);
  if (ignored) {
    ctx.diagnostics.push(
      diag(ctx.file, at(ignored.range[0]), "yaml-ignored-document", "this text follows a `...` end marker in the same `---` section: kubectl and kustomize read only the first document of a section, so it is ignored", "warning")
    );
  }
  const read = first ? readDocument({ file: ctx.file, lineAt: at, diagnostics: ctx.diagnostics }, first, composed.scan) : null;
  return read ? [read] : [];
}
var TEMPLATE_LINE = /^[ \t]*\{\{-?\s/m;
function parseDocuments(file, text, options = {}) {
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const bad = textProblem(text);
  if (bad) return { documents: [], diagnostics: [diag(file, text.slice(0, bad.offset).split("\n").length, bad.code, bad.message)] };
  const stream = splitKubeStream(text);
  const spent = { documentTokens: 0, errorTokens: 0, lexemes: 0, dropped: 0 };
  const ctx = { file, lineAt: lineCounter(text), diagnostics: [], maxDepth: options.maxDepth ?? MAX_DEPTH, json: stream.json, spent };
  if (stream.chunks.length > MAX_DOCUMENTS) {
    const line = ctx.lineAt(stream.chunks[MAX_DOCUMENTS].offset);
    return { documents: [], diagnostics: [diag(file, 1, "yaml-too-large", `the file holds more than ${MAX_DOCUMENTS} documents (the limit is passed on line ${line}); it is not read`)] };
  }
  for (const p of stream.problems) ctx.diagnostics.push(diag(file, ctx.lineAt(p.offset), p.code, p.message, p.severity ?? "error"));
  const documents = [];
  for (const chunk of stream.chunks) {
    const read = readChunk(ctx, chunk);
    if (!Array.isArray(read)) {
      if (read.code === "yaml-too-large" && TEMPLATE_LINE.test(text)) return { documents: [], diagnostics: [templateDiagnostic(ctx, ctx.lineAt(TEMPLATE_LINE.exec(text).index))] };
      return { documents: [], diagnostics: [read] };
    }
    documents.push(...read);
  }
  return { documents, diagnostics: capped(file, ctx.diagnostics, ctx.spent.dropped) };
}
function firstLine(s) {
  return s.split("\n")[0].trim();
}

// src/rules/parse-rules.ts
var fail = (file, line, code, message) => ({ config: null, diagnostics: [{ severity: "error", code, file, line, message }] });
function buildRule(raw, kind2, path13, file, report) {
  if (!isRecord(raw) || typeof raw.name !== "string") return null;
  const from = buildSelector(raw.from, [...path13, "from"], report);
  const to = buildSelector(raw.to, [...path13, "to"], report);
  let ports = null;
  if (Array.isArray(raw.ports)) {
    const parsed = raw.ports.map((p, i) => {
      if (typeof p !== "string") return null;
      const r = parsePort(p);
      if (!r.ok) report.error([...path13, "ports", i], "rules-invalid-port", r.error);
      return r.ok ? r.conns : null;
    });
    if (parsed.every((c) => c !== null)) ports = unionPorts(parsed);
  }
  if (!from || !to || report.hasErrorWithin(path13)) return null;
  const rule = { name: raw.name, kind: kind2, from, to, ports, source: { file, line: report.line(path13) } };
  if (Array.isArray(raw.environments)) rule.environments = raw.environments.map(String);
  return rule;
}
function buildNamespaces(raw, report) {
  const out = {};
  if (!isRecord(raw)) return out;
  for (const name of Object.keys(raw).sort()) {
    const entry = raw[name];
    const labels = isRecord(entry) && entry.labels !== void 0 ? buildLabelMap(entry.labels, ["namespaces", name, "labels"], report) : {};
    if (labels && !report.hasErrorWithin(["namespaces", name])) out[name] = { labels };
  }
  return out;
}
function checkUniqueNames(raw, file, report) {
  const first = /* @__PURE__ */ new Map();
  for (const kind2 of ["forbid", "require"]) {
    const list = raw[kind2];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (!isRecord(item) || typeof item.name !== "string") return;
      const line = report.line(["rules", kind2, i]);
      const seen = first.get(item.name);
      if (seen === void 0) first.set(item.name, line);
      else report.error(["rules", kind2, i, "name"], "rules-duplicate-name", `rule name "${item.name}" is used twice (first at ${file}:${seen}); names must be unique so that a violation names one rule`);
    });
  }
}
function buildRules(raw, file, report) {
  const rules = [];
  if (!isRecord(raw)) return rules;
  checkUniqueNames(raw, file, report);
  for (const kind2 of ["forbid", "require"]) {
    const list = raw[kind2];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const rule = buildRule(item, kind2, ["rules", kind2, i], file, report);
      if (rule) rules.push(rule);
    });
  }
  return rules.sort((a, b) => a.source.line - b.source.line);
}
function checkRuleEnvironments(config, report) {
  if (!config.environments) return;
  const names = new Set(config.environments.map((e) => e.name));
  for (const r of config.rules) {
    const unknown = (r.environments ?? []).filter((n) => !names.has(n));
    if (unknown.length) {
      report.diagnostics.push({ severity: "error", code: "rules-unknown-environment", file: r.source.file, line: r.source.line, message: `rule "${r.name}" names environment${unknown.length === 1 ? "" : "s"} ${unknown.map((n) => `"${n}"`).join(", ")} that environments: does not define (defined: ${[...names].join(", ")})` });
    }
  }
}
function rulesCode(code) {
  if (code === "yaml-too-deep") return "rules-too-deep";
  if (code === "yaml-too-large") return "rules-too-large";
  return "rules-yaml-syntax";
}
function readRulesDocument(file, text) {
  const parsed = parseDocuments(file, text, { maxDepth: MAX_RULES_DEPTH });
  const errors = parsed.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) return { config: null, diagnostics: errors.map((d) => ({ ...d, code: rulesCode(d.code) })) };
  if (parsed.documents.length > 1) {
    return fail(file, parsed.documents[1].lineOf([]), "rules-yaml-syntax", "the rules file holds more than one YAML document (---); keep all rules in one");
  }
  const doc = parsed.documents[0];
  if (doc === void 0 || doc.value === null) return fail(file, 1, "rules-empty", 'the rules file is empty; write at least "rules: { forbid: [...] }" or leave the file out');
  return doc;
}
function parseRulesFile(file, text) {
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (text.length > MAX_RULES_FILE_CHARS) return fail(file, 1, "rules-too-large", `the rules file has more than ${MAX_RULES_FILE_CHARS} characters; a rules file is a page of YAML`);
  const doc = readRulesDocument(file, text);
  if (!("value" in doc)) return doc;
  const value = doc.value;
  const report = new RuleReporter(file, doc.lineOf);
  if (!isRecord(value)) {
    return fail(file, report.line([]), "rules-not-mapping", 'the rules file must be a mapping with "rules" (and optionally "defaultNamespace" and "namespaces")');
  }
  for (const p of validateRulesShape(value)) report.schema(p.path, p.atKey, p.code, p.message);
  const config = { namespaces: buildNamespaces(value.namespaces, report), rules: buildRules(value.rules, file, report) };
  if (typeof value.defaultNamespace === "string" && !report.hasErrorWithin(["defaultNamespace"])) config.defaultNamespace = value.defaultNamespace;
  if ((value.notAnalysed === "warn" || value.notAnalysed === "fail") && !report.hasErrorWithin(["notAnalysed"])) config.notAnalysed = value.notAnalysed;
  if (typeof value.exposure === "boolean" && !report.hasErrorWithin(["exposure"])) config.exposure = value.exposure;
  if (value.podCidrs !== void 0 && value.podCidrs !== null && !report.hasErrorWithin(["podCidrs"])) {
    const podCidrs = buildCidrs(value.podCidrs, ["podCidrs"], report);
    if (podCidrs) config.podCidrs = podCidrs;
  }
  const environments = buildEnvironments(value.environments, report);
  if (environments) config.environments = environments;
  checkRuleEnvironments(config, report);
  const hasRules = isRecord(value.rules) && ["forbid", "require"].some((k) => Array.isArray(value.rules[k]) && value.rules[k].length > 0);
  if (!hasRules) report.warn(value.rules === void 0 ? [] : ["rules"], "rules-none", "the rules file has no forbid or require rule, so nothing is gated", false);
  const diagnostics = [...report.diagnostics].sort((a, b) => a.line - b.line);
  return { config, diagnostics };
}

// src/manifests/kube-object.ts
function toObject(doc, value, prefix) {
  if (!isRecord(value) || typeof value.apiVersion !== "string" || typeof value.kind !== "string") return null;
  if (value.$patch === "delete") return null;
  const lineOf = (path13) => doc.lineOf([...prefix, ...path13]);
  return { apiVersion: value.apiVersion, kind: value.kind, value, file: doc.file, lineOf, source: { file: doc.file, line: lineOf([]) } };
}
var ANALYSED_KINDS = /* @__PURE__ */ new Set([...WORKLOAD_KINDS, "NetworkPolicy", "Namespace"]);
function objectProblem(value) {
  const { apiVersion, kind: kind2 } = value;
  if (apiVersion !== void 0 && kind2 !== void 0) {
    if (typeof kind2 !== "string") return { field: "kind", message: `kind must be a string, not ${typeName(kind2)}` };
    if (typeof apiVersion !== "string") return { field: "apiVersion", message: `${kind2}: apiVersion must be a string, not ${typeName(apiVersion)}` };
  }
  if (typeof kind2 === "string" && apiVersion === void 0 && ANALYSED_KINDS.has(kind2)) {
    return { field: "kind", message: `${kind2} has no apiVersion, so Kubernetes cannot read it (it is left out of the analysis)` };
  }
  return null;
}
function reportProblem(doc, value, prefix, diagnostics) {
  const p = isRecord(value) ? objectProblem(value) : null;
  if (p) diagnostics.push({ severity: "error", code: "invalid-object", file: doc.file, line: doc.lineOf([...prefix, p.field]), message: p.message });
}
function objectsOf(doc, diagnostics) {
  const obj = toObject(doc, doc.value, []);
  if (!obj) {
    reportProblem(doc, doc.value, [], diagnostics);
    return [];
  }
  if (obj.kind === "List" || obj.kind.endsWith("List") && "items" in obj.value) {
    const items = obj.value.items;
    if (items === null || items === void 0) return [];
    if (!Array.isArray(items)) {
      diagnostics.push({ severity: "error", code: "invalid-field", file: doc.file, line: obj.lineOf(["items"]), message: `${obj.kind}: items must be a list` });
      return [];
    }
    const out = [];
    items.forEach((item, i) => {
      const o = toObject(doc, item, ["items", i]);
      if (o) {
        out.push(o);
      } else if (isRecord(item) && obj.kind !== "List") {
        const implied = { apiVersion: obj.apiVersion, kind: obj.kind.slice(0, -"List".length), ...item };
        const io = toObject(doc, implied, ["items", i]);
        if (io) out.push(io);
        else reportProblem(doc, implied, ["items", i], diagnostics);
      } else reportProblem(doc, item, ["items", i], diagnostics);
    });
    return out;
  }
  return [obj];
}
var FieldReader = class {
  constructor(obj, diagnostics, what) {
    this.obj = obj;
    this.diagnostics = diagnostics;
    this.what = what;
  }
  obj;
  diagnostics;
  what;
  error(path13, message, code = "invalid-field") {
    this.diagnostics.push({ severity: "error", code, file: this.obj.file, line: this.obj.lineOf(path13), message: `${this.what}: ${message}` });
  }
  warn(path13, message, code) {
    this.diagnostics.push({ severity: "warning", code, file: this.obj.file, line: this.obj.lineOf(path13), message: `${this.what}: ${message}` });
  }
  get(path13) {
    let v = this.obj.value;
    for (const k of path13) {
      if (v === null || v === void 0) return void 0;
      if (typeof k === "number") v = Array.isArray(v) ? v[k] : void 0;
      else v = isRecord(v) ? v[k] : void 0;
    }
    return v;
  }
  /** A mapping, or undefined when absent or null; a diagnostic (and null) for another type. */
  map(path13) {
    const v = this.get(path13);
    if (v === void 0 || v === null) return void 0;
    if (isRecord(v)) return v;
    this.error(path13, `${fieldName(path13)} must be a mapping, not ${typeName(v)}`);
    return null;
  }
  list(path13) {
    const v = this.get(path13);
    if (v === void 0 || v === null) return void 0;
    if (Array.isArray(v)) return v;
    this.error(path13, `${fieldName(path13)} must be a list, not ${typeName(v)}`);
    return null;
  }
  string(path13) {
    const v = this.get(path13);
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "string") return v;
    this.error(path13, `${fieldName(path13)} must be a string, not ${typeName(v)}`);
    return null;
  }
};
function fieldName(path13) {
  return path13.map((p, i) => typeof p === "number" ? `[${p}]` : i ? `.${p}` : p).join("") || "object";
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the string "${v.length > 40 ? `${v.slice(0, 40)}\u2026` : v}"`;
  return `${typeof v === "number" ? "the number" : `the ${typeof v}`} ${String(v)}`;
}

// src/manifests/parse-labels.ts
function parseLabels(r, path13) {
  const m = r.map(path13);
  if (m === null) return null;
  if (m === void 0) return {};
  let ok = true;
  const out = {};
  for (const [k, v] of Object.entries(m)) {
    const keyProblem = labelKeyProblem(k);
    if (keyProblem) {
      r.error([...path13, k], `label key "${k}" is invalid: ${keyProblem}`, "invalid-label");
      ok = false;
      continue;
    }
    if (typeof v !== "string") {
      r.error([...path13, k], `label "${k}" must have a string value, not ${typeName(v)} (quote it in YAML)`, "invalid-label");
      ok = false;
      continue;
    }
    const valueProblem = labelValueProblem(v);
    if (valueProblem) {
      r.error([...path13, k], `label "${k}" has an invalid value "${v}": ${valueProblem}`, "invalid-label");
      ok = false;
      continue;
    }
    out[k] = v;
  }
  return ok ? out : null;
}
var OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
function parseSelector(r, path13) {
  const v = r.get(path13);
  if (v === void 0 || v === null) return void 0;
  if (!isRecord(v)) {
    r.error(path13, `${path13[path13.length - 1]} must be a label selector mapping (matchLabels / matchExpressions), not ${typeName(v)}`, "invalid-selector");
    return null;
  }
  let ok = true;
  for (const k of Object.keys(v)) {
    if (k !== "matchLabels" && k !== "matchExpressions") {
      r.error([...path13, k], `unknown selector field "${k}" (a selector has matchLabels and matchExpressions; did you mean matchLabels: {${k}: \u2026}?)`, "invalid-selector");
      ok = false;
    }
  }
  const matchLabels = parseLabels(r, [...path13, "matchLabels"]);
  if (matchLabels === null) ok = false;
  const exprs = r.list([...path13, "matchExpressions"]);
  if (exprs === null) ok = false;
  const matchExpressions = [];
  (exprs ?? []).forEach((e, i) => {
    const ep = [...path13, "matchExpressions", i];
    const req = parseRequirement(r, ep, e);
    if (req) matchExpressions.push(req);
    else ok = false;
  });
  return ok ? { matchLabels: matchLabels ?? {}, matchExpressions } : null;
}
function parseRequirement(r, path13, e) {
  if (!isRecord(e)) {
    r.error(path13, `a matchExpressions entry must be a mapping with key, operator and values, not ${typeName(e)}`, "invalid-selector");
    return null;
  }
  const key = e.key;
  if (typeof key !== "string") {
    r.error([...path13, "key"], 'matchExpressions entry needs a string "key"', "invalid-selector");
    return null;
  }
  const keyProblem = labelKeyProblem(key);
  if (keyProblem) {
    r.error([...path13, "key"], `label key "${key}" is invalid: ${keyProblem}`, "invalid-selector");
    return null;
  }
  const op = e.operator;
  if (typeof op !== "string" || !OPERATORS.includes(op)) {
    r.error([...path13, "operator"], `unknown selector operator ${typeName(op)}; it must be one of In, NotIn, Exists, DoesNotExist`, "invalid-selector");
    return null;
  }
  const operator = op;
  const raw = e.values ?? [];
  if (!Array.isArray(raw) || raw.some((x) => typeof x !== "string")) {
    r.error([...path13, "values"], "values must be a list of strings", "invalid-selector");
    return null;
  }
  const values = raw;
  if ((operator === "In" || operator === "NotIn") && values.length === 0) {
    r.error([...path13, "values"], `operator ${operator} needs at least one value`, "invalid-selector");
    return null;
  }
  if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) {
    r.error([...path13, "values"], `operator ${operator} takes no values`, "invalid-selector");
    return null;
  }
  for (const v of values) {
    const p = labelValueProblem(v);
    if (p) {
      r.error([...path13, "values"], `value "${v}" is invalid: ${p}`, "invalid-selector");
      return null;
    }
  }
  return { key, operator, values };
}

// src/manifests/port-name.ts
function portNameProblem(name) {
  if (name.length < 1 || name.length > 15) return "a port name is 1-15 characters";
  if (!/^[a-z0-9-]+$/.test(name)) return 'a port name has only lower-case letters, digits and "-"';
  if (!/[a-z]/.test(name)) return "a port name has at least one letter";
  if (name.startsWith("-") || name.endsWith("-") || name.includes("--")) return 'a port name does not start or end with "-" or hold "--"';
  return null;
}

// src/manifests/build-policy.ts
function parsePorts(r, path13) {
  const list = r.list(path13);
  if (list === null) return null;
  let ok = true;
  const out = [];
  (list ?? []).forEach((raw, i) => {
    const p = [...path13, i];
    if (raw === null) {
      out.push({ protocol: "TCP" });
      return;
    }
    if (!isRecord(raw)) {
      r.error(p, `a ports entry must be a mapping (protocol, port, endPort), not ${typeName(raw)}`, "invalid-port");
      ok = false;
      return;
    }
    const protocol = raw.protocol ?? "TCP";
    if (typeof protocol !== "string" || !PROTOCOLS.includes(protocol)) {
      r.error([...p, "protocol"], `protocol must be TCP, UDP or SCTP, not ${typeName(protocol)}`, "invalid-port");
      ok = false;
      return;
    }
    const entry = { protocol };
    const port = raw.port;
    if (port !== void 0 && port !== null) {
      if (typeof port === "number") {
        if (!Number.isInteger(port) || port < MIN_PORT || port > MAX_PORT) {
          r.error([...p, "port"], `port ${port} is out of range: a port number is 1-65535`, "invalid-port");
          ok = false;
          return;
        }
        entry.port = port;
      } else if (typeof port === "string") {
        const problem = portNameProblem(port);
        if (problem) {
          r.error([...p, "port"], `port "${port}" is not a valid port name: ${problem}${/^\d+$/.test(port) ? " (write the number without quotes)" : ""}`, "invalid-port");
          ok = false;
          return;
        }
        entry.port = port;
      } else {
        r.error([...p, "port"], `port must be a number or a port name, not ${typeName(port)}`, "invalid-port");
        ok = false;
        return;
      }
    }
    const endPort = raw.endPort;
    if (endPort !== void 0 && endPort !== null) {
      if (typeof endPort !== "number" || !Number.isInteger(endPort) || endPort < MIN_PORT || endPort > MAX_PORT) {
        r.error([...p, "endPort"], `endPort must be a port number 1-65535, not ${typeName(endPort)}`, "invalid-port");
        ok = false;
        return;
      }
      if (typeof entry.port !== "number") {
        r.error([...p, "endPort"], `endPort needs a numeric port (port is ${entry.port === void 0 ? "missing" : `the name "${entry.port}"`})`, "invalid-port");
        ok = false;
        return;
      }
      if (endPort < entry.port) {
        r.error([...p, "endPort"], `endPort ${endPort} is below port ${entry.port}`, "invalid-port");
        ok = false;
        return;
      }
      entry.endPort = endPort;
    }
    out.push(entry);
  });
  return ok ? out : null;
}
function parseIpBlock(r, path13) {
  const block = r.map(path13);
  if (!block) {
    if (block === void 0) r.error(path13, "ipBlock must not be empty: it needs a cidr", "invalid-ipblock");
    return null;
  }
  const cidrText = block.cidr;
  if (typeof cidrText !== "string") {
    r.error([...path13, "cidr"], `ipBlock.cidr is required and must be a string, not ${typeName(cidrText)}`, "invalid-ipblock");
    return null;
  }
  if (cidrText !== cidrText.trim()) {
    r.error([...path13, "cidr"], `invalid ipBlock.cidr "${cidrText}": it holds spaces, which Kubernetes rejects`, "invalid-cidr");
    return null;
  }
  const cidr = parseCidr(cidrText);
  if (!cidr.ok) {
    r.error([...path13, "cidr"], `invalid ipBlock.cidr: ${cidr.error}`, "invalid-cidr");
    return null;
  }
  if (cidr.nonCanonical) {
    r.warn([...path13, "cidr"], `ipBlock.cidr "${cidrText}" is not canonical; it means ${cidr.canonical} (newer API servers reject it)`, "non-canonical-cidr");
  }
  const exceptRaw = block.except ?? [];
  if (!Array.isArray(exceptRaw)) {
    r.error([...path13, "except"], `ipBlock.except must be a list of CIDRs, not ${typeName(exceptRaw)}`, "invalid-ipblock");
    return null;
  }
  const holes = [];
  const except = [];
  let ok = true;
  exceptRaw.forEach((e, i) => {
    const ep = [...path13, "except", i];
    if (typeof e !== "string") {
      r.error(ep, `an except entry must be a CIDR string, not ${typeName(e)}`, "invalid-cidr");
      ok = false;
      return;
    }
    const x = parseCidr(e);
    if (e !== e.trim() || !x.ok) {
      r.error(ep, `invalid ipBlock.except entry: ${x.ok ? `"${e}" holds spaces, which Kubernetes rejects` : x.error}`, "invalid-cidr");
      ok = false;
      return;
    }
    if (!rangeContains(cidr.range, x.range) || x.prefix <= cidr.prefix) {
      r.error(ep, `except ${e} is not inside cidr ${cidrText} (each except must be a strict subset of the cidr)`, "except-outside-cidr");
      ok = false;
      return;
    }
    if (x.nonCanonical) r.warn(ep, `except "${e}" is not canonical; it means ${x.canonical}`, "non-canonical-cidr");
    holes.push(x.range);
    except.push(x.canonical);
  });
  if (!ok) return null;
  return { kind: "ipBlock", cidr: cidr.canonical, except, ranges: subtractIpRanges(cidr.range, holes) };
}
function parsePeer(r, path13, raw) {
  if (!isRecord(raw)) {
    r.error(path13, `a peer must be a mapping (podSelector, namespaceSelector or ipBlock), not ${typeName(raw)}`, "invalid-peer");
    return null;
  }
  for (const k of Object.keys(raw)) {
    if (k !== "podSelector" && k !== "namespaceSelector" && k !== "ipBlock") {
      r.error([...path13, k], `unknown peer field "${k}" (a peer has podSelector, namespaceSelector or ipBlock)`, "invalid-peer");
      return null;
    }
  }
  const hasPod = raw.podSelector !== void 0 && raw.podSelector !== null;
  const hasNs = raw.namespaceSelector !== void 0 && raw.namespaceSelector !== null;
  const hasIp = raw.ipBlock !== void 0 && raw.ipBlock !== null;
  if (!hasPod && !hasNs && !hasIp) {
    r.error(path13, "a peer must specify podSelector, namespaceSelector or ipBlock (an empty peer is rejected by the API server)", "invalid-peer");
    return null;
  }
  if (hasIp && (hasPod || hasNs)) {
    r.error(path13, "a peer may not specify both ipBlock and a pod or namespace selector; write them as two peers", "invalid-peer");
    return null;
  }
  if (hasIp) return parseIpBlock(r, [...path13, "ipBlock"]);
  const podSelector = parseSelector(r, [...path13, "podSelector"]);
  const namespaceSelector = parseSelector(r, [...path13, "namespaceSelector"]);
  if (podSelector === null || namespaceSelector === null) return null;
  const peer = { kind: "pods" };
  if (podSelector) peer.podSelector = podSelector;
  if (namespaceSelector) peer.namespaceSelector = namespaceSelector;
  return peer;
}
function parseRules(r, direction) {
  const path13 = ["spec", direction];
  const list = r.list(path13);
  if (list === null) return null;
  const peerField = direction === "ingress" ? "from" : "to";
  const wrongField = direction === "ingress" ? "to" : "from";
  let ok = true;
  const rules = [];
  (list ?? []).forEach((raw, index) => {
    const rp = [...path13, index];
    if (raw === null) raw = {};
    if (!isRecord(raw)) {
      r.error(rp, `an ${direction} rule must be a mapping (${peerField}, ports), not ${typeName(raw)}`, "invalid-rule");
      ok = false;
      return;
    }
    for (const k of Object.keys(raw)) {
      if (k !== peerField && k !== "ports") {
        const hint = k === wrongField ? ` (${direction} rules use "${peerField}")` : "";
        r.error([...rp, k], `unknown field "${k}" in an ${direction} rule${hint}`, "invalid-rule");
        ok = false;
      }
    }
    const peersRaw = r.list([...rp, peerField]);
    const ports = parsePorts(r, [...rp, "ports"]);
    if (peersRaw === null || ports === null) {
      ok = false;
      return;
    }
    const peers = [];
    (peersRaw ?? []).forEach((pr, i) => {
      const peer = parsePeer(r, [...rp, peerField, i], pr);
      if (peer) peers.push(peer);
      else ok = false;
    });
    rules.push({ direction, peers, ports, index, source: { file: r.obj.file, line: r.obj.lineOf(rp) } });
  });
  return ok ? rules : null;
}
function buildPolicy(obj, namespace, diagnostics) {
  const name = typeof obj.value.metadata?.name === "string" ? String(obj.value.metadata.name) : "";
  const r = new FieldReader(obj, diagnostics, `NetworkPolicy ${namespace}/${name || "(no name)"}`);
  const before = diagnostics.length;
  if (!name) r.error(["metadata", "name"], "metadata.name is required", "missing-name");
  const spec = r.map(["spec"]);
  if (spec === void 0) r.error(["spec"], "spec is required", "invalid-field");
  if (spec) {
    for (const k of Object.keys(spec)) {
      if (!["podSelector", "policyTypes", "ingress", "egress"].includes(k)) r.warn(["spec", k], `unknown spec field "${k}" is ignored`, "unknown-field");
    }
  }
  const podSelector = parseSelector(r, ["spec", "podSelector"]);
  const typesRaw = r.list(["spec", "policyTypes"]);
  let ingressType = false;
  let egressType = false;
  (typesRaw ?? []).forEach((t, i) => {
    if (t === "Ingress") ingressType = true;
    else if (t === "Egress") egressType = true;
    else r.error(["spec", "policyTypes", i], `policyTypes entries are "Ingress" or "Egress", not ${typeName(t)}`, "invalid-policy-types");
  });
  if (typesRaw && typesRaw.length > 2) r.error(["spec", "policyTypes"], "policyTypes has at most 2 entries", "invalid-policy-types");
  const ingress = parseRules(r, "ingress");
  const egress = parseRules(r, "egress");
  if (diagnostics.slice(before).some((d) => d.severity === "error") || podSelector === null || !ingress || !egress || !spec) {
    return null;
  }
  const implicitTypes2 = !typesRaw || typesRaw.length === 0;
  if (implicitTypes2) {
    ingressType = true;
    egressType = egress.length > 0;
  }
  if (!implicitTypes2 && !ingressType && ingress.length) {
    r.warn(["spec", "ingress"], "has ingress rules but policyTypes leaves out Ingress: the rules are ignored", "ignored-rules");
  }
  if (!implicitTypes2 && !egressType && egress.length) {
    r.warn(["spec", "egress"], "has egress rules but policyTypes leaves out Egress: the rules are ignored", "ignored-rules");
  }
  return {
    namespace,
    name,
    podSelector: podSelector ?? EMPTY_SELECTOR,
    types: { ingress: ingressType, egress: egressType },
    implicitTypes: implicitTypes2,
    ingress: ingressType ? ingress : [],
    egress: egressType ? egress : [],
    source: obj.source
  };
}

// src/manifests/build-tiered-policy.ts
var V1ALPHA2_ACTIONS = { Accept: "Accept", Deny: "Deny", Pass: "Pass" };
function tieredSchema(apiVersion, kind2) {
  if (kind2 === "ClusterNetworkPolicy" && (apiVersion === "policy.networking.k8s.io/v1alpha2" || apiVersion === "policy.networking.k8s.io/v1beta1")) {
    return { kind: kind2, version: "v1alpha2", maxRules: 25, maxPeers: 25, maxPorts: 25, actions: V1ALPHA2_ACTIONS, egressPeers: ["namespaces", "pods", "nodes", "networks", "domainNames"], portsField: "protocols" };
  }
  if (apiVersion !== "policy.networking.k8s.io/v1alpha1") return null;
  if (kind2 === "AdminNetworkPolicy") {
    return { kind: kind2, version: "v1alpha1", maxRules: 100, maxPeers: 100, maxPorts: 100, actions: { Allow: "Accept", Deny: "Deny", Pass: "Pass" }, egressPeers: ["namespaces", "pods", "nodes", "networks", "domainNames"], portsField: "ports" };
  }
  if (kind2 === "BaselineAdminNetworkPolicy") {
    return { kind: kind2, version: "v1alpha1", maxRules: 100, maxPeers: 100, maxPorts: 100, actions: { Allow: "Accept", Deny: "Deny" }, egressPeers: ["namespaces", "pods", "nodes", "networks"], portsField: "ports" };
  }
  return null;
}
var NAMED_PROTOCOLS = (name) => PROTOCOLS.map((protocol) => ({ protocol, port: name }));
var TierReader = class {
  constructor(r, schema) {
    this.r = r;
    this.schema = schema;
  }
  r;
  schema;
  ok = true;
  error(path13, message, code) {
    this.r.error(path13, message, code);
    this.ok = false;
    return null;
  }
  /** A port number 1–65535 at `path`, or null (reported). */
  portNumber(path13, v) {
    if (typeof v === "number" && Number.isInteger(v) && v >= MIN_PORT && v <= MAX_PORT) return v;
    return this.error(path13, `a port number is an integer 1-65535, not ${typeName(v)}`, "invalid-port");
  }
  /** T-11: the start and end of a range; v1alpha2 requires start < end, v1alpha1 end ≥ start. */
  range(path13, raw) {
    if (!isRecord(raw)) return this.error(path13, `a port range is a mapping with start and end, not ${typeName(raw)}`, "invalid-port");
    const start = this.portNumber([...path13, "start"], raw.start);
    const end = this.portNumber([...path13, "end"], raw.end);
    if (start === null || end === null) return null;
    if (this.schema.version === "v1alpha2" ? start >= end : end < start) {
      return this.error(path13, `port range ${start}-${end} is invalid: start must be ${this.schema.version === "v1alpha2" ? "less than" : "at most"} end`, "invalid-port");
    }
    return [start, end];
  }
  protocol(path13, v) {
    const p = v ?? "TCP";
    if (typeof p === "string" && PROTOCOLS.includes(p)) return p;
    return this.error(path13, `protocol must be TCP, UDP or SCTP, not ${typeName(p)}`, "invalid-port");
  }
  namedPort(path13, v) {
    if (typeof v !== "string") return this.error(path13, `a named port is a string, not ${typeName(v)}`, "invalid-port");
    const problem = portNameProblem(v);
    if (problem) return this.error(path13, `"${v}" is not a valid port name: ${problem}`, "invalid-port");
    return NAMED_PROTOCOLS(v);
  }
  /** Exactly one field of a mapping that the schema says holds one; its key, or null (reported). */
  oneField(path13, raw, what, fields, code = "invalid-field") {
    if (!isRecord(raw)) return this.error(path13, `${what} must be a mapping (one of ${fields.join(", ")}), not ${typeName(raw)}`, code);
    const set = Object.keys(raw).filter((k) => raw[k] !== void 0 && raw[k] !== null);
    if (set.length !== 1) {
      return this.error(path13, `exactly one field must be set in ${what} (one of ${fields.join(", ")}); ${set.length ? `found ${set.join(", ")}` : "none is set"}`, code);
    }
    if (!fields.includes(set[0])) return this.error([...path13, set[0]], `unknown field "${set[0]}" in ${what} (one of ${fields.join(", ")})`, code);
    return set[0];
  }
  /** v1alpha2 `protocols` entry (T-11). */
  protocolEntry(path13, raw) {
    const key = this.oneField(path13, raw, "a protocols entry", ["tcp", "udp", "sctp", "destinationNamedPort"], "invalid-port");
    if (key === null) return null;
    const v = raw[key];
    if (key === "destinationNamedPort") return this.namedPort([...path13, key], v);
    const protocol = key.toUpperCase();
    const pp = [...path13, key];
    if (!isRecord(v) || v.destinationPort === void 0 || v.destinationPort === null) {
      return this.error(pp, `${key} needs a destinationPort (a number or a range); to match every ${protocol} port, use a range 1-65535`, "invalid-port");
    }
    const dp = [...pp, "destinationPort"];
    const which = this.oneField(dp, v.destinationPort, "a destinationPort", ["number", "range"], "invalid-port");
    if (which === null) return null;
    const inner = v.destinationPort[which];
    if (which === "number") {
      const n = this.portNumber([...dp, "number"], inner);
      return n === null ? null : [{ protocol, port: n }];
    }
    const r = this.range([...dp, "range"], inner);
    return r === null ? null : [{ protocol, port: r[0], endPort: r[1] }];
  }
  /** v1alpha1 `ports` entry: portNumber, namedPort or portRange. */
  portEntry(path13, raw) {
    const key = this.oneField(path13, raw, "an AdminNetworkPolicyPort", ["portNumber", "namedPort", "portRange"], "invalid-port");
    if (key === null) return null;
    const v = raw[key];
    const pp = [...path13, key];
    if (key === "namedPort") return this.namedPort(pp, v);
    if (!isRecord(v)) return this.error(pp, `${key} must be a mapping, not ${typeName(v)}`, "invalid-port");
    const protocol = this.protocol([...pp, "protocol"], v.protocol);
    if (protocol === null) return null;
    if (key === "portNumber") {
      const n = this.portNumber([...pp, "port"], v.port);
      return n === null ? null : [{ protocol, port: n }];
    }
    const r = this.range(pp, v);
    return r === null ? null : [{ protocol, port: r[0], endPort: r[1] }];
  }
  ports(path13) {
    const list = this.r.list(path13);
    if (list === null) return this.error(path13, `${this.schema.portsField} must be a list`, "invalid-port");
    if (list === void 0) return [];
    if (list.length === 0) return this.error(path13, `${this.schema.portsField} must hold at least one entry (leave it out to match all traffic)`, "invalid-port");
    if (list.length > this.schema.maxPorts) return this.error(path13, `${this.schema.portsField} holds ${list.length} entries; at most ${this.schema.maxPorts} are allowed`, "invalid-port");
    const out = [];
    list.forEach((raw, i) => {
      const p = this.schema.portsField === "protocols" ? this.protocolEntry([...path13, i], raw) : this.portEntry([...path13, i], raw);
      if (p) out.push(...p);
    });
    return out;
  }
  selector(path13) {
    const s = parseSelector(this.r, path13);
    if (s === null) this.ok = false;
    return s ?? null;
  }
  /** T-7: `pods: {namespaceSelector, podSelector}`; podSelector is required, v1alpha2's namespaceSelector may be left out ({}). */
  namespacedPod(path13) {
    const m = this.r.map(path13);
    if (!m) return m === null ? (this.ok = false, null) : this.error(path13, "pods needs a podSelector", "invalid-field");
    for (const k of Object.keys(m)) if (k !== "namespaceSelector" && k !== "podSelector") this.error([...path13, k], `unknown field "${k}" in pods (namespaceSelector, podSelector)`, "invalid-field");
    if (m.podSelector === void 0 || m.podSelector === null) return this.error(path13, "pods needs a podSelector ({} selects every pod)", "invalid-field");
    if (this.schema.version === "v1alpha1" && (m.namespaceSelector === void 0 || m.namespaceSelector === null)) {
      return this.error(path13, "pods needs a namespaceSelector ({} selects every namespace)", "invalid-field");
    }
    const podSelector = this.selector([...path13, "podSelector"]);
    const namespaceSelector = m.namespaceSelector === void 0 || m.namespaceSelector === null ? EMPTY_SELECTOR : this.selector([...path13, "namespaceSelector"]);
    return podSelector && namespaceSelector ? { namespaceSelector, podSelector } : null;
  }
};
function readPeer(t, path13, raw, direction, action, out) {
  const known = direction === "ingress" ? ["namespaces", "pods"] : t.schema.egressPeers;
  const what = direction === "ingress" ? "a rule peer (from)" : "a rule peer (to)";
  if (!isRecord(raw)) {
    t.error(path13, `${what} must be a mapping (one of ${known.join(", ")}), not ${typeName(raw)}`, "invalid-peer");
    return;
  }
  const set = Object.keys(raw).filter((k) => raw[k] !== void 0 && raw[k] !== null);
  if (set.length !== 1) {
    t.error(path13, `exactly one field must be set in a rule peer (one of ${known.join(", ")}); ${set.length ? `found ${set.join(", ")}` : "none is set"}`, "invalid-peer");
    return;
  }
  const key = set[0];
  const kp = [...path13, key];
  if (!known.includes(key)) {
    t.r.warn(kp, `peer field "${key}" is not known to ${t.schema.kind} ${t.schema.version}: ${action === "Accept" ? "the peer matches nothing (fail closed)" : "the rule is read as denying all traffic (fail closed)"}`, "unknown-peer-field");
    out.unknown = true;
    return;
  }
  const v = raw[key];
  if (key === "namespaces") {
    if (isRecord(v) && ("sameLabels" in v || "notSameLabels" in v)) {
      t.r.warn(kp, "namespaces with sameLabels / notSameLabels is not analysed: the peer is counted as matching nothing", "not-analysed");
      return;
    }
    const sel = t.selector(kp);
    if (sel) out.peers.push({ kind: "pods", namespaceSelector: sel });
    return;
  }
  if (key === "pods") {
    const np = t.namespacedPod(kp);
    if (np) out.peers.push({ kind: "pods", namespaceSelector: np.namespaceSelector, podSelector: np.podSelector });
    return;
  }
  out.nonPod ??= key;
  if (key === "networks") return readNetworks(t, kp, v, out);
  if (key === "domainNames" && action !== "Accept") {
    t.error(kp, `domainNames peers are only allowed in ${t.schema.version === "v1alpha1" ? "Allow" : "Accept"} rules`, "invalid-peer");
    return;
  }
  t.r.warn(kp, `${key} peers are not analysed (${key === "nodes" ? "node addresses" : "domain names"} are not in the manifests): the peer is counted as matching nothing`, "not-analysed");
}
function readNetworks(t, path13, v, out) {
  if (!Array.isArray(v) || v.length === 0) {
    t.error(path13, `networks must be a list of 1-25 CIDRs, not ${typeName(v)}`, "invalid-cidr");
    return;
  }
  if (v.length > 25) {
    t.error(path13, `networks holds ${v.length} CIDRs; at most 25 are allowed`, "invalid-cidr");
    return;
  }
  v.forEach((c, i) => {
    const cp = [...path13, i];
    const parsed = typeof c === "string" ? parseCidr(c) : null;
    if (!parsed || !parsed.ok) {
      t.error(cp, `invalid CIDR address ${typeName(c)}${parsed && !parsed.ok ? `: ${parsed.error}` : ""}`, "invalid-cidr");
      return;
    }
    if (parsed.nonCanonical) t.r.warn(cp, `network "${String(c)}" is not canonical; it means ${parsed.canonical}`, "non-canonical-cidr");
    out.peers.push({ kind: "ipBlock", cidr: parsed.canonical, except: [], ranges: [parsed.range], allPods: parsed.prefix === 0 });
  });
}
function readRule(t, path13, raw, direction, index) {
  const peerField = direction === "ingress" ? "from" : "to";
  if (!isRecord(raw)) return t.error(path13, `an ${direction} rule must be a mapping (name, action, ${peerField}, ${t.schema.portsField}), not ${typeName(raw)}`, "invalid-rule");
  for (const k of Object.keys(raw)) {
    if (!["name", "action", peerField, t.schema.portsField].includes(k)) t.error([...path13, k], `unknown field "${k}" in an ${direction} rule (name, action, ${peerField}, ${t.schema.portsField})`, "invalid-rule");
  }
  const name = raw.name;
  if (name !== void 0 && (typeof name !== "string" || name.length > 100)) t.error([...path13, "name"], "a rule name is a string of at most 100 characters", "invalid-rule");
  const written = raw.action;
  const action = typeof written === "string" ? t.schema.actions[written] : void 0;
  if (!action) {
    t.error([...path13, "action"], `unrecognized action ${typeName(written)}: ${t.schema.kind} ${t.schema.version} rules take ${Object.keys(t.schema.actions).join(", ")}`, "invalid-action");
  }
  const list = raw[peerField];
  if (!Array.isArray(list) || list.length === 0) {
    return t.error([...path13, ...list === void 0 ? [] : [peerField]], `${peerField} field must be defined and contain at least one item`, "invalid-rule");
  }
  if (list.length > t.schema.maxPeers) return t.error([...path13, peerField], `${peerField} holds ${list.length} peers; at most ${t.schema.maxPeers} are allowed`, "invalid-rule");
  const ports = t.ports([...path13, t.schema.portsField]);
  const out = { peers: [], unknown: false, nonPod: null };
  list.forEach((p, i) => readPeer(t, [...path13, peerField, i], p, direction, action ?? "Accept", out));
  if (!action || !ports) return null;
  if (out.nonPod && ports.some((p) => typeof p.port === "string")) {
    return t.error([...path13, t.schema.portsField], `a named port cannot go with a ${out.nonPod} peer (there are no named ports there)`, "invalid-port");
  }
  const source = { file: t.r.obj.file, line: t.r.obj.lineOf(path13) };
  const base = { direction, index, source, ...typeof name === "string" && name ? { name } : {} };
  if (out.unknown && action !== "Accept") return { ...base, action: "Deny", peers: [], everyPeer: true, ports: [] };
  return { ...base, action, peers: out.peers, everyPeer: false, ports };
}
function readRules(t, direction) {
  const path13 = ["spec", direction];
  const list = t.r.list(path13);
  if (list === null) {
    t.ok = false;
    return [];
  }
  if (!list) return [];
  if (list.length > t.schema.maxRules) t.error(path13, `${direction} holds ${list.length} rules; at most ${t.schema.maxRules} are allowed`, "invalid-rule");
  const out = [];
  list.forEach((raw, i) => {
    const rule = readRule(t, [...path13, i], raw, direction, i);
    if (rule) out.push(rule);
  });
  return out;
}
function readSubject(t) {
  const path13 = ["spec", "subject"];
  const key = t.oneField(path13, t.r.get(path13) ?? {}, "a subject", ["namespaces", "pods"]);
  if (key === null) return null;
  if (key === "namespaces") {
    const sel = t.selector([...path13, "namespaces"]);
    return sel ? { namespaceSelector: sel } : null;
  }
  return t.namespacedPod([...path13, "pods"]);
}
function readTierAndPriority(t) {
  const spec = t.r.obj.value.spec;
  let tier = t.schema.kind === "BaselineAdminNetworkPolicy" ? "Baseline" : "Admin";
  if (t.schema.kind === "ClusterNetworkPolicy") {
    if (spec.tier !== "Admin" && spec.tier !== "Baseline") return t.error(["spec", "tier"], `tier must be Admin or Baseline, not ${typeName(spec.tier)}`, "invalid-field");
    tier = spec.tier;
  }
  if (t.schema.kind === "BaselineAdminNetworkPolicy") return { tier, priority: 0 };
  const p = spec.priority;
  if (typeof p !== "number" || !Number.isInteger(p) || p < 0 || p > 1e3) {
    return t.error(["spec", "priority"], `Invalid Priority Value: ${typeName(p)}; Priority value must be between 0-1000`, "invalid-priority");
  }
  return { tier, priority: p };
}
function buildTieredPolicy(obj, name, diagnostics) {
  const schema = tieredSchema(obj.apiVersion, obj.kind);
  if (!schema) return null;
  const r = new FieldReader(obj, diagnostics, `${obj.kind} ${name}`);
  const t = new TierReader(r, schema);
  if (schema.kind === "BaselineAdminNetworkPolicy" && name !== "default") {
    t.error(["metadata", "name"], "only one baseline admin network policy with metadata.name=default can be created in the cluster", "invalid-name");
  }
  const spec = r.map(["spec"]);
  if (!spec) {
    if (spec === void 0) t.error(["spec"], "spec is required", "invalid-field");
    return null;
  }
  const allowed = ["subject", "ingress", "egress", ...schema.kind === "BaselineAdminNetworkPolicy" ? [] : ["priority"], ...schema.kind === "ClusterNetworkPolicy" ? ["tier"] : []];
  for (const k of Object.keys(spec)) if (!allowed.includes(k)) t.error(["spec", k], `unknown spec field "${k}" (${allowed.join(", ")})`, "invalid-field");
  const tp = readTierAndPriority(t);
  const subject = readSubject(t);
  const ingress = readRules(t, "ingress");
  const egress = readRules(t, "egress");
  if (!t.ok || !tp || !subject) return null;
  return { kind: schema.kind, apiVersion: obj.apiVersion, name, tier: tp.tier, priority: tp.priority, subject, ingress, egress, source: obj.source };
}

// src/manifests/build-workload.ts
var TEMPLATE_PATH = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"]
};
function parseContainerPorts(r, specPath) {
  const out = [];
  for (const field of ["containers", "initContainers"]) {
    const containers = r.list([...specPath, field]) ?? [];
    containers.forEach((c, ci) => {
      const cp = [...specPath, field, ci];
      if (!isRecord(c)) {
        r.error(cp, `a container must be a mapping, not ${typeName(c)}`);
        return;
      }
      if (field === "initContainers" && c.restartPolicy !== "Always") return;
      const ports = r.list([...cp, "ports"]) ?? [];
      ports.forEach((p, pi) => {
        const pp = [...cp, "ports", pi];
        if (!isRecord(p)) {
          r.error(pp, `a container port must be a mapping, not ${typeName(p)}`, "invalid-port");
          return;
        }
        const port = p.containerPort;
        if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) {
          r.error([...pp, "containerPort"], `containerPort must be a port number 1-65535, not ${typeName(port)}`, "invalid-port");
          return;
        }
        const protocol = p.protocol ?? "TCP";
        if (typeof protocol !== "string" || !PROTOCOLS.includes(protocol)) {
          r.error([...pp, "protocol"], `protocol must be TCP, UDP or SCTP, not ${typeName(protocol)}`, "invalid-port");
          return;
        }
        const entry = { port, protocol };
        if (typeof p.name === "string" && p.name) entry.name = p.name;
        out.push(entry);
      });
    });
  }
  return out;
}
var SELECTING_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"]);
function checkSelector(r, kind2, labels) {
  if (!SELECTING_KINDS.has(kind2)) return;
  const selector = parseSelector(r, ["spec", "selector"]);
  if (selector && !selectorMatches(selector, labels)) {
    r.error(["spec", "selector"], `spec.selector does not match the pod template's labels, so Kubernetes rejects this object ("selector does not match template labels")`, "selector-mismatch");
  }
}
function buildWorkload(obj, kind2, namespace, name, diagnostics) {
  const r = new FieldReader(obj, diagnostics, `${kind2} ${namespace}/${name}`);
  const before = diagnostics.length;
  const template = TEMPLATE_PATH[kind2];
  if (template.length && !r.map(template)) {
    r.error(template, `${kind2} has no pod template at ${template.join(".")}`, "invalid-field");
    return null;
  }
  const labels = parseLabels(r, [...template, "metadata", "labels"]);
  if (labels) checkSelector(r, kind2, labels);
  const specPath = [...template, "spec"];
  const ports = parseContainerPorts(r, specPath);
  const hostNetwork2 = r.get([...specPath, "hostNetwork"]);
  if (hostNetwork2 !== void 0 && hostNetwork2 !== null && typeof hostNetwork2 !== "boolean") {
    r.error([...specPath, "hostNetwork"], `hostNetwork must be true or false, not ${typeName(hostNetwork2)}`);
  }
  if (labels === null || diagnostics.slice(before).some((d) => d.severity === "error")) return null;
  return { kind: kind2, namespace, name, labels, ports, hostNetwork: hostNetwork2 === true, source: obj.source };
}

// src/manifests/not-analysed.ts
var TRAFFIC_GROUPS = [
  [/^cilium\.io\//, "Cilium"],
  [/^(crd\.)?projectcalico\.org\//, "Calico"],
  [/^policy\.networking\.k8s\.io\//, "Kubernetes admin network policy"],
  [/^security\.istio\.io\//, "Istio"]
];
var CLUSTER_WIDE = /^(Cilium)?Clusterwide|^Global|^(Baseline)?AdminNetworkPolic/;
function notAnalysedPolicy(obj) {
  if (obj.kind === "NetworkPolicy" && (obj.apiVersion === "networking.k8s.io/v1" || OLD_POLICY_VERSIONS.has(obj.apiVersion))) return null;
  if (tieredSchema(obj.apiVersion, obj.kind)) return null;
  const family = TRAFFIC_GROUPS.find(([re]) => re.test(obj.apiVersion))?.[1];
  const governs = family === "Istio" ? obj.kind === "AuthorizationPolicy" : family !== void 0 ? /Polic(y|ies)$/.test(obj.kind) : /NetworkPolic(y|ies)$/.test(obj.kind);
  return governs ? { family: family ?? obj.apiVersion, clusterWide: CLUSTER_WIDE.test(obj.kind) } : null;
}
var OLD_POLICY_VERSIONS = /* @__PURE__ */ new Set(["extensions/v1beta1", "networking.k8s.io/v1beta1"]);

// src/manifests/build-cluster.ts
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function metadataOf(obj, diagnostics) {
  const r = new FieldReader(obj, diagnostics, obj.kind);
  const meta = r.map(["metadata"]);
  const name = r.string(["metadata", "name"]);
  if (!meta || !name) {
    if (meta !== null && name !== null) r.error(["metadata", "name"], `${obj.kind} has no metadata.name`, "missing-name");
    return null;
  }
  const ns = r.string(["metadata", "namespace"]);
  if (ns === null) return null;
  if (ns !== void 0 && ns !== "" && !DNS_LABEL.test(ns)) {
    r.error(["metadata", "namespace"], `"${ns}" is not a valid namespace name (lower-case letters, digits and "-")`, "invalid-name");
    return null;
  }
  return ns ? { name, namespace: ns } : { name };
}
var WORKLOAD_GROUPS = {
  Pod: [""],
  ReplicationController: [""],
  Deployment: ["apps", "extensions"],
  StatefulSet: ["apps"],
  DaemonSet: ["apps", "extensions"],
  ReplicaSet: ["apps", "extensions"],
  Job: ["batch"],
  CronJob: ["batch"]
};
function isWorkloadApi(obj) {
  const group = obj.apiVersion.includes("/") ? obj.apiVersion.slice(0, obj.apiVersion.lastIndexOf("/")) : "";
  return WORKLOAD_GROUPS[obj.kind].includes(group);
}
function notAnalysedWarning(obj, meta, what, defaultNamespace) {
  const scope = what.clusterWide ? "the whole cluster" : `namespace ${meta.namespace ?? defaultNamespace}`;
  return {
    severity: "warning",
    code: "not-analysed",
    file: obj.file,
    line: obj.source.line,
    message: `${obj.kind} ${meta.name} (${obj.apiVersion}, ${what.family}) decides traffic in ${scope} but is not analysed: the result does not include its effect`
  };
}
function controllerOwner(obj) {
  const refs = obj.value.metadata?.ownerReferences;
  if (!Array.isArray(refs)) return null;
  for (const ref of refs) {
    if (isRecord(ref) && ref.controller === true && typeof ref.name === "string" && WORKLOAD_KINDS.includes(ref.kind)) {
      return { kind: ref.kind, name: ref.name };
    }
  }
  return null;
}
function duplicate(c, key, obj, what) {
  const first = c.seen.get(key);
  if (!first) {
    c.seen.set(key, obj);
    return false;
  }
  if (canonicalJson(first.value) === canonicalJson(obj.value)) return true;
  c.diagnostics.push({
    severity: "error",
    code: "duplicate-object",
    file: obj.file,
    line: obj.source.line,
    message: `${what} is defined twice (first at ${first.file}:${first.source.line}); this one is ignored`
  });
  return true;
}
function addNamespace(c, obj, name) {
  if (duplicate(c, `Namespace/${name}`, obj, `Namespace ${name}`)) return;
  const labels = parseLabels(new FieldReader(obj, c.diagnostics, `Namespace ${name}`), ["metadata", "labels"]);
  if (labels === null) return;
  c.namespaces.set(name, { name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name }, source: obj.source });
}
function addPolicy(c, obj, namespace, name) {
  if (OLD_POLICY_VERSIONS.has(obj.apiVersion)) {
    c.diagnostics.push({
      severity: "error",
      code: "unsupported-api-version",
      file: obj.file,
      line: obj.lineOf(["apiVersion"]),
      message: `NetworkPolicy ${namespace}/${name}: apiVersion ${obj.apiVersion} is no longer served by Kubernetes; use networking.k8s.io/v1 (the policy is left out of the analysis)`
    });
    return;
  }
  const key = `NetworkPolicy/${namespace}/${name}`;
  if (duplicate(c, key, obj, `NetworkPolicy ${namespace}/${name}`)) return;
  const p = buildPolicy(obj, namespace, c.diagnostics);
  if (p) c.policies.set(key, p);
}
function addTieredPolicy(c, obj, name) {
  const key = `${obj.kind}/${name}`;
  if (duplicate(c, key, obj, `${obj.kind} ${name}`)) return;
  const p = buildTieredPolicy(obj, name, c.diagnostics);
  if (p) c.tiered.set(key, p);
}
function addOwnedPod(c, obj, namespace, name, owner) {
  const w = buildWorkload(obj, "Pod", namespace, name, c.diagnostics);
  const okey = `${owner.kind}/${namespace}/${owner.name}`;
  if (w) c.ownedPods.set(okey, { owner, pods: [...c.ownedPods.get(okey)?.pods ?? [], w] });
}
function addObject(c, obj) {
  const isWorkload = WORKLOAD_KINDS.includes(obj.kind) && isWorkloadApi(obj);
  const other = notAnalysedPolicy(obj);
  const isPolicy = obj.kind === "NetworkPolicy" && !other;
  const isTiered = tieredSchema(obj.apiVersion, obj.kind) !== null;
  if (!isWorkload && !isPolicy && !isTiered && obj.kind !== "Namespace" && !other) return;
  const meta = metadataOf(obj, c.diagnostics);
  if (!meta) return;
  if (other) {
    c.diagnostics.push(notAnalysedWarning(obj, meta, other, c.options.defaultNamespace));
    return;
  }
  if (obj.kind === "Namespace") return addNamespace(c, obj, meta.name);
  if (isTiered) return addTieredPolicy(c, obj, meta.name);
  const namespace = meta.namespace ?? c.options.defaultNamespace;
  if (isPolicy) return addPolicy(c, obj, namespace, meta.name);
  const owner = obj.kind === "Pod" ? controllerOwner(obj) : null;
  if (owner) return addOwnedPod(c, obj, namespace, meta.name, owner);
  const key = `${obj.kind}/${namespace}/${meta.name}`;
  if (duplicate(c, key, obj, `${obj.kind} ${namespace}/${meta.name}`)) return;
  const w = buildWorkload(obj, obj.kind, namespace, meta.name, c.diagnostics);
  if (w) c.workloads.set(key, w);
}
function addReferencedNamespaces(c) {
  const { options, namespaces } = c;
  const referenced = [...[...c.workloads.values()].map((w) => w.namespace), ...[...c.policies.values()].map((p) => p.namespace), options.defaultNamespace];
  for (const name of [...referenced, ...Object.keys(options.namespaceLabels ?? {})]) {
    if (namespaces.has(name)) continue;
    const extra = options.namespaceLabels?.[name] ?? {};
    namespaces.set(name, { name, labels: { ...extra, [NAMESPACE_NAME_LABEL]: name } });
  }
}
function buildCluster(documents, options, inputDiagnostics = []) {
  const c = {
    options,
    diagnostics: [...inputDiagnostics],
    namespaces: /* @__PURE__ */ new Map(),
    workloads: /* @__PURE__ */ new Map(),
    ownedPods: /* @__PURE__ */ new Map(),
    policies: /* @__PURE__ */ new Map(),
    tiered: /* @__PURE__ */ new Map(),
    seen: /* @__PURE__ */ new Map()
  };
  for (const doc of documents) for (const obj of objectsOf(doc, c.diagnostics)) addObject(c, obj);
  const tieredPolicies = [...c.tiered.values()].sort(compareTiered);
  const selected = selectedLabelKeys(c.policies.values(), tieredPolicies);
  for (const [key, { owner, pods }] of c.ownedPods) {
    if (c.workloads.has(key)) continue;
    for (const w of controllerEndpoints(owner, pods, selected)) c.workloads.set(w.kind === "Pod" ? `Pod/${w.namespace}/${w.name}` : key, w);
  }
  addReferencedNamespaces(c);
  return {
    namespaces: c.namespaces,
    // Sorted, so that results do not depend on the order of files and documents.
    workloads: [...c.workloads.values()].sort((a, b) => compare(workloadId(a), workloadId(b))),
    policies: [...c.policies.values()].sort((a, b) => compare(policyId(a), policyId(b))),
    ...tieredPolicies.length ? { tieredPolicies } : {},
    diagnostics: c.diagnostics
  };
}
function selectedLabelKeys(policies, tiered) {
  const keys = /* @__PURE__ */ new Set();
  const add2 = (sel) => {
    if (!sel) return;
    for (const k of Object.keys(sel.matchLabels)) keys.add(k);
    for (const r of sel.matchExpressions) keys.add(r.key);
  };
  for (const p of policies) {
    add2(p.podSelector);
    for (const rule of [...p.ingress, ...p.egress]) for (const peer of rule.peers) if (peer.kind === "pods") add2(peer.podSelector);
  }
  for (const p of tiered) {
    add2(p.subject.podSelector);
    for (const rule of [...p.ingress, ...p.egress]) for (const peer of rule.peers) if (peer.kind === "pods") add2(peer.podSelector);
  }
  return keys;
}
function controllerEndpoints(owner, pods, selected) {
  const rank2 = (w) => `${w.name}\0${labelsKey(w.labels)}\0${JSON.stringify([w.ports, w.hostNetwork])}`;
  const sorted = [...pods].sort((a, b) => compare(rank2(a), rank2(b)));
  const seen = (w) => JSON.stringify([Object.entries(w.labels).filter(([k]) => selected.has(k)).sort(), w.ports, w.hostNetwork]);
  if (new Set(sorted.map(seen)).size === 1) return [{ ...sorted[0], kind: owner.kind, name: owner.name }];
  return sorted;
}
function canonicalJson(v) {
  const canon = (x) => Array.isArray(x) ? x.map(canon) : isRecord(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, canon(x[k])])) : x;
  return JSON.stringify(canon(v));
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/manifests/helm-charts.ts
function helmTemplateDiagnostics(files) {
  const charts = files.filter((f) => f.path === "Chart.yaml" || f.path.endsWith("/Chart.yaml")).map((f) => f.path.slice(0, -"Chart.yaml".length));
  const out = /* @__PURE__ */ new Map();
  if (!charts.length) return out;
  for (const f of files) {
    const chart = charts.find((dir) => f.path.startsWith(`${dir}templates/`));
    if (chart === void 0 || !f.text.includes("{{")) continue;
    const line = f.text.slice(0, f.text.indexOf("{{")).split("\n").length;
    const folder = chart ? chart.slice(0, -1) : ".";
    out.set(f.path, {
      severity: "error",
      code: "template",
      file: f.path,
      line,
      message: `file is a template of the Helm chart in ${folder}/ (${chart}Chart.yaml) and cannot be analysed as it is: render the chart first (helm template ${folder}) or leave ${folder}/ out of the manifest globs`
    });
  }
  return out;
}

// src/yaml/parse-simple-yaml.ts
var GiveUp = class extends Error {
};
var giveUp = () => {
  throw new GiveUp();
};
var PLAIN_KEY = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
var TRUE = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
var FALSE = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;
var NULL = /^(?:~|null|Null|NULL)$/;
var SMALL_INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
function plainKey(k) {
  return PLAIN_KEY.test(k) && !(k.length <= 5 && (TRUE.test(k) || FALSE.test(k) || NULL.test(k)));
}
function plainValue(s, resolved) {
  const c = s.charCodeAt(0);
  const letter = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 47;
  if (letter && !(s.length <= 5 && (TRUE.test(s) || FALSE.test(s) || NULL.test(s)))) return s;
  if (SMALL_INT.test(s) && s !== "-0") return Number(s);
  if (c === 45 && (s.length === 1 || s.charCodeAt(1) === 32)) giveUp();
  if ("&*!|>%@`?#,[]{}\"'".includes(s[0])) giveUp();
  if (resolved.has(s)) return resolved.get(s);
  const full = parseDocuments("", `k: ${s}
`);
  const doc = full.documents[0]?.value;
  if (full.diagnostics.length || full.documents.length !== 1 || !doc || typeof doc !== "object" || Object.keys(doc).length !== 1) giveUp();
  const value = doc.k;
  if (typeof value === "object" && value !== null) giveUp();
  if (resolved.size < 1e4) resolved.set(s, value);
  return value;
}
function doubleQuoted(s, i) {
  let j = i + 1;
  let escapes = false;
  while (j < s.length && s[j] !== '"') {
    if (s[j] === "\\") {
      if (!'"\\nt'.includes(s[j + 1] ?? "")) giveUp();
      escapes = true;
      j += 2;
    } else j++;
  }
  if (j >= s.length) giveUp();
  const raw = s.slice(i + 1, j);
  return [j + 1, escapes ? JSON.parse(`"${raw}"`) : raw];
}
function singleQuoted(s, i) {
  let j = i + 1;
  let out = "";
  for (; ; ) {
    const q = s.indexOf("'", j);
    if (q < 0) giveUp();
    out += s.slice(j, q);
    if (s[q + 1] === "'") {
      out += "'";
      j = q + 2;
    } else return [q + 1, out];
  }
}
function expectEnd(s, i) {
  let j = i;
  while (s.charCodeAt(j) === 32) j++;
  if (j < s.length && !(s[j] === "#" && j > i)) giveUp();
}
function plainEnd(s, i) {
  const hash = s.indexOf(" #", i);
  let end = hash < 0 ? s.length : hash;
  while (end > i && s.charCodeAt(end - 1) === 32) end--;
  return end;
}
var FLOW_PLAIN = /^[A-Za-z0-9_./-][A-Za-z0-9_./ -]*$/;
function flow(s, i, resolved) {
  const close = s[i] === "[" ? "]" : "}";
  const isMap3 = close === "}";
  const out = [];
  const map = {};
  let j = i + 1;
  const skip = () => {
    while (s.charCodeAt(j) === 32) j++;
  };
  const scalar = (key) => {
    skip();
    if (s[j] === '"' || s[j] === "'") {
      const [end, v] = s[j] === '"' ? doubleQuoted(s, j) : singleQuoted(s, j);
      j = end;
      return v;
    }
    let k = j;
    while (k < s.length && !",[]{}#".includes(s[k]) && !(s[k] === ":" && (key || s[k + 1] === " " || s[k + 1] === "," || s[k + 1] === close))) k++;
    let e = k;
    while (e > j && s.charCodeAt(e - 1) === 32) e--;
    const text = s.slice(j, e);
    if (!text || !FLOW_PLAIN.test(text)) giveUp();
    j = k;
    if (key && !plainKey(text)) giveUp();
    return key ? text : plainValue(text, resolved);
  };
  skip();
  if (s[j] === close) return [j + 1, isMap3 ? map : out];
  for (; ; ) {
    if (isMap3) {
      const key = scalar(true);
      if (typeof key !== "string" || key === "__proto__" || Object.prototype.hasOwnProperty.call(map, key)) giveUp();
      skip();
      if (s[j] !== ":" || s[j + 1] !== " ") giveUp();
      j++;
      map[key] = scalar(false);
    } else out.push(scalar(false));
    skip();
    if (s[j] === ",") {
      j++;
      continue;
    }
    if (s[j] === close) return [j + 1, isMap3 ? map : out];
    return giveUp();
  }
}
var DocParser = class {
  constructor(lines, withLines, resolved) {
    this.withLines = withLines;
    this.resolved = resolved;
    this.lines = lines.slice();
  }
  withLines;
  resolved;
  i = 0;
  lines;
  /** The root node; throws GiveUp when anything is outside the subset. */
  root() {
    const first = this.lines[0];
    const r = this.node(first.indent, 0);
    if (this.i < this.lines.length) giveUp();
    return r;
  }
  node(indent, depth) {
    if (depth > MAX_FAST_DEPTH) giveUp();
    const line = this.lines[this.i];
    if (line.text[0] === "-" && (line.text.length === 1 || line.text[1] === " ")) return this.seq(indent, depth);
    return this.map(indent, depth);
  }
  /** An inline value after `key: ` or `- ` (never empty). */
  inline(s, i) {
    const c = s[i];
    if (c === '"' || c === "'") {
      const [end2, v] = c === '"' ? doubleQuoted(s, i) : singleQuoted(s, i);
      expectEnd(s, end2);
      return v;
    }
    if (c === "[" || c === "{") {
      const [end2, v] = flow(s, i, this.resolved);
      expectEnd(s, end2);
      return v;
    }
    const end = plainEnd(s, i);
    const text = s.slice(i, end);
    if (text.includes(": ") || text.endsWith(":")) giveUp();
    return plainValue(text, this.resolved);
  }
  /** A value whose text is empty on its own line: the block below it, or null. */
  below(parentIndent, line, depth, seqAtSameIndent) {
    const next = this.lines[this.i];
    if (next && next.indent > parentIndent) return this.node(next.indent, depth + 1);
    if (seqAtSameIndent && next && next.indent === parentIndent && next.text[0] === "-" && (next.text.length === 1 || next.text[1] === " ")) return this.seq(parentIndent, depth + 1);
    return { value: null, lines: line };
  }
  /** The next line of the block at `indent`, or null where the block ends; a deeper line is not for the fast path. */
  nextAt(indent) {
    const line = this.lines[this.i];
    if (!line || line.indent < indent) return null;
    if (line.indent > indent) giveUp();
    return line;
  }
  map(indent, depth) {
    const value = {};
    const children = this.withLines ? /* @__PURE__ */ new Map() : null;
    const start = this.lines[this.i].no;
    for (let line = this.nextAt(indent); line; line = this.nextAt(indent)) {
      const s = line.text;
      let key;
      let j;
      if (s[0] === '"' || s[0] === "'") {
        [j, key] = s[0] === '"' ? doubleQuoted(s, 0) : singleQuoted(s, 0);
      } else {
        j = s.indexOf(":");
        if (j <= 0) giveUp();
        key = s.slice(0, j);
        if (!plainKey(key)) giveUp();
      }
      if (s[j] !== ":" || j + 1 < s.length && s[j + 1] !== " " || key.length > MAX_FAST_KEY || key === "__proto__") giveUp();
      if (Object.prototype.hasOwnProperty.call(value, key)) giveUp();
      let k = j + 1;
      while (s.charCodeAt(k) === 32) k++;
      this.i++;
      if (k >= s.length || s[k] === "#") {
        const r = this.below(indent, line.no, depth, true);
        value[key] = r.value;
        if (typeof r.lines !== "number") r.lines.keyLine = line.no;
        children?.set(key, r.lines);
      } else {
        value[key] = this.inline(s, k);
        children?.set(key, line.no);
        const next = this.lines[this.i];
        if (next && next.indent > indent) giveUp();
      }
    }
    return { value, lines: children ? { line: start, children } : start };
  }
  seq(indent, depth) {
    const value = [];
    const children = this.withLines ? [] : null;
    const start = this.lines[this.i].no;
    for (let line = this.nextAt(indent); line; line = this.nextAt(indent)) {
      const s = line.text;
      if (!(s[0] === "-" && (s.length === 1 || s[1] === " "))) break;
      let k = 1;
      while (s.charCodeAt(k) === 32) k++;
      if (k >= s.length || s[k] === "#") {
        this.i++;
        const r = this.below(indent, line.no, depth, false);
        value.push(r.value);
        children?.push(r.lines);
        continue;
      }
      const rest = s.slice(k);
      if (rest[0] === "-" && (rest.length === 1 || rest[1] === " ")) giveUp();
      if (isKeyLine(rest)) {
        this.lines[this.i] = { no: line.no, indent: indent + k, text: rest };
        const r = this.map(indent + k, depth + 1);
        value.push(r.value);
        children?.push(r.lines);
        continue;
      }
      this.i++;
      value.push(this.inline(s, k));
      children?.push(line.no);
      const next = this.lines[this.i];
      if (next && next.indent > indent) giveUp();
    }
    return { value, lines: children ? { line: start, children } : start };
  }
};
function isKeyLine(s) {
  if (s[0] === '"' || s[0] === "'") {
    try {
      const [j2] = s[0] === '"' ? doubleQuoted(s, 0) : singleQuoted(s, 0);
      return s[j2] === ":" && (j2 + 1 === s.length || s[j2 + 1] === " ");
    } catch {
      return false;
    }
  }
  const j = s.indexOf(":");
  return j > 0 && (j + 1 === s.length || s[j + 1] === " ") && plainKey(s.slice(0, j));
}
function lineAt(root, path13, at = "value") {
  let node = root;
  let best = typeof root === "number" ? root : root.line;
  for (const [i, key] of path13.entries()) {
    if (typeof node === "number") break;
    let child2;
    if (Array.isArray(node.children)) {
      const idx = typeof key === "string" && key !== "" ? Number(key) : key;
      if (typeof idx === "number" && Number.isInteger(idx) && idx >= 0) child2 = node.children[idx];
    } else if (typeof key === "string") child2 = node.children.get(key);
    if (child2 === void 0) break;
    node = child2;
    best = typeof child2 === "number" ? child2 : at === "key" && i === path13.length - 1 && child2.keyLine !== void 0 ? child2.keyLine : child2.line;
  }
  return best;
}
function contentLines(raw, from, to) {
  const out = [];
  for (let n = from; n < to; n++) {
    const s = raw[n];
    let indent = 0;
    while (s.charCodeAt(indent) === 32) indent++;
    if (indent === s.length || s[indent] === "#") continue;
    out.push({ no: n + 1, indent, text: indent ? s.slice(indent) : s });
  }
  return out;
}
var POLICY_KIND = /^kind: *NetworkPolicy\b/;
var MARKER = /^---(?:\s+#.*)?\s*$/;
function documentRanges(raw) {
  const ranges = [];
  let from = 0;
  let marker = -1;
  for (let n = 0; n < raw.length; n++) {
    const s = raw[n];
    const c = s.charCodeAt(0);
    if (c === 37 || s.startsWith("...")) giveUp();
    if (c === 45 && s.startsWith("---")) {
      if (!MARKER.test(s)) giveUp();
      ranges.push([from, n, marker]);
      if (ranges.length >= MAX_DOCUMENTS) giveUp();
      from = n + 1;
      marker = n;
    }
  }
  ranges.push([from, raw.length, marker]);
  return ranges;
}
function parseSimpleDocuments(file, text) {
  if (textProblem(text) || /[\t\ufeff\u2028\u2029\u0085]|\{\{|\r(?!\n)/.test(text)) return null;
  if (text.length > MAX_FAST_CHARS) return null;
  const eol = text.includes("\r") ? /\r?\n/ : "\n";
  const first = /\S/.exec(text);
  if (first && (text[first.index] === "{" || text[first.index] === "[")) return null;
  try {
    const raw = text.split(eol);
    let again = null;
    const resolved = /* @__PURE__ */ new Map();
    const documents = [];
    for (const [from, to] of documentRanges(raw)) {
      const lines = contentLines(raw, from, to);
      if (!lines.length) continue;
      const policy = lines.some((l) => l.indent === lines[0].indent && POLICY_KIND.test(l.text));
      const parsed = new DocParser(lines, policy, resolved).root();
      const value = parsed.value;
      const rootLine = lines[0].no;
      let tree = policy ? parsed.lines : null;
      documents.push({
        file,
        value,
        lineOf: (path13, at) => {
          if (!path13.length) return rootLine;
          if (tree === null) {
            again ??= text.split(eol);
            tree = new DocParser(contentLines(again, from, to), true, resolved).root().lines;
          }
          return lineAt(tree, path13, at);
        }
      });
    }
    return { documents, diagnostics: [] };
  } catch (e) {
    if (e instanceof GiveUp) return null;
    throw e;
  }
}

// src/exposure/add-stand-ins.ts
function addStandIns(cluster, specs, namespaceLabels2 = {}, portNames = []) {
  const ports = unknownPorts(portNames);
  const namespaces = new Map(cluster.namespaces);
  const workloads = [...cluster.workloads];
  for (const s of specs) {
    let ns;
    if ("name" in s.namespace) {
      ns = s.namespace.name;
      if (!namespaces.has(ns)) namespaces.set(ns, { name: ns, labels: { ...namespaceLabels2[ns] ?? {}, [NAMESPACE_NAME_LABEL]: ns } });
    } else {
      ns = s.namespace.fresh;
      if (!namespaces.has(ns)) namespaces.set(ns, { name: ns, labels: s.namespace.labels });
    }
    workloads.push({ kind: "Unlisted", namespace: ns, name: s.name, labels: s.labels, ports, hostNetwork: false, source: s.source, standsFor: s.standsFor });
  }
  return { ...cluster, namespaces, workloads };
}
function unknownPorts(portNames) {
  return portNames.flatMap((name) => PROTOCOLS.map((protocol) => ({ name, port: 0, protocol })));
}
function policyPortNames(clusters) {
  const names = /* @__PURE__ */ new Set();
  for (const c of clusters) for (const p of c.policies) for (const r of [...p.ingress, ...p.egress]) for (const port of r.ports) if (typeof port.port === "string") names.add(port.port);
  return [...names].sort();
}

// src/exposure/representative-labels.ts
var ANY_VALUE = "(any value)";
function allowedValues(sel, key) {
  let values = key in sel.matchLabels ? [sel.matchLabels[key]] : null;
  for (const r of sel.matchExpressions) {
    if (r.key !== key || r.operator !== "In") continue;
    values = values === null ? [...r.values] : values.filter((v) => r.values.includes(v));
  }
  return values;
}
function representativeLabels(sel) {
  const keys = /* @__PURE__ */ new Set([...Object.keys(sel.matchLabels), ...sel.matchExpressions.filter((r) => r.operator === "In" || r.operator === "Exists").map((r) => r.key)]);
  const labels = {};
  for (const key of [...keys].sort()) {
    const others = sel.matchExpressions.filter((r) => r.key === key);
    const candidates = allowedValues(sel, key) ?? [ANY_VALUE];
    const value = candidates.find((v) => others.every((r) => selectorMatches({ matchLabels: {}, matchExpressions: [r] }, { [key]: v })));
    if (value === void 0) return null;
    labels[key] = value;
  }
  return selectorMatches(sel, labels) ? labels : null;
}

// src/exposure/stand-in-specs.ts
var NO_SOURCE = { file: "", line: 0 };
function pinnedNames(sel) {
  let names = NAMESPACE_NAME_LABEL in sel.matchLabels ? [sel.matchLabels[NAMESPACE_NAME_LABEL]] : null;
  for (const r of sel.matchExpressions) {
    if (r.key !== NAMESPACE_NAME_LABEL || r.operator !== "In") continue;
    names = names === null ? [...r.values] : names.filter((n) => r.values.includes(n));
  }
  return names && [...new Set(names)].sort();
}
function freshNamespaceName(sel) {
  return isEmptySelector(sel) ? "[any namespace]" : `[namespace with ${formatSelector(sel)}]`;
}
var SpecSet = class {
  constructor(listed) {
    this.listed = listed;
  }
  listed;
  byKey = /* @__PURE__ */ new Map();
  /** Fresh namespaces by their labels, so that equal ones share one name. */
  freshByLabels = /* @__PURE__ */ new Map();
  /** A stand-in for the pods `pods` selects (absent: all pods) in the namespaces `ns` selects. */
  add(ns, pods, source) {
    const labels = pods ? representativeLabels(pods) : {};
    if (!labels) return;
    const podPart = pods && !isEmptySelector(pods) ? { selector: pods } : { all: true };
    const name = "all" in podPart ? "[all pods]" : `[pods with ${formatSelector(podPart.selector)}]`;
    if ("name" in ns) return this.put(`n:${ns.name}`, { namespace: { name: ns.name }, name, labels, standsFor: { namespace: { name: ns.name }, pods: podPart }, source });
    const pinned = pinnedNames(ns.selector);
    if (pinned) {
      for (const n of pinned) this.add({ name: n }, pods, source);
      return;
    }
    const nsLabels = representativeLabels(ns.selector);
    if (!nsLabels) return;
    const lk = labelsKey(nsLabels);
    let fresh = this.freshByLabels.get(lk);
    if (fresh === void 0) this.freshByLabels.set(lk, fresh = freshNamespaceName(ns.selector));
    const standsFor = { namespace: isEmptySelector(ns.selector) ? { any: true } : { selector: ns.selector }, pods: podPart };
    this.put(`f:${lk}`, { namespace: { fresh, labels: { ...nsLabels, [NAMESPACE_NAME_LABEL]: fresh } }, name, labels, standsFor, source });
  }
  /** The pods that `pods` selects in every namespace, listed or not. */
  addEverywhere(pods, source) {
    this.add({ selector: { matchLabels: {}, matchExpressions: [] } }, pods, source);
    for (const n of this.listed) this.add({ name: n }, pods, source);
  }
  put(nsKey, spec) {
    const key = `${nsKey}\0${labelsKey(spec.labels)}`;
    if (!this.byKey.has(key)) this.byKey.set(key, spec);
  }
};
function addRuleSide(set, sel, source) {
  if (sel.any || sel.cidrs || sel.workloads || sel.kinds) return;
  if (sel.namespaces) for (const n of sel.namespaces) set.add({ name: n }, sel.labels, source);
  else if (sel.namespaceLabels) set.add({ selector: sel.namespaceLabels }, sel.labels, source);
  else set.addEverywhere(sel.labels, source);
}
function standInSpecs(clusters, rules) {
  const listed = [...new Set(clusters.flatMap((c) => [...c.namespaces.keys()]))].sort();
  const set = new SpecSet(listed);
  set.add({ selector: { matchLabels: {}, matchExpressions: [] } }, void 0, NO_SOURCE);
  for (const n of listed) set.add({ name: n }, void 0, NO_SOURCE);
  for (const n of Object.keys(rules?.namespaces ?? {}).sort()) set.add({ name: n }, void 0, NO_SOURCE);
  for (const r of rules?.rules ?? []) {
    addRuleSide(set, r.from, r.source);
    addRuleSide(set, r.to, r.source);
  }
  for (const c of clusters) {
    for (const p of c.policies) {
      for (const rule of [...p.ingress, ...p.egress]) {
        for (const peer of rule.peers) {
          if (peer.kind !== "pods") continue;
          set.add(peer.namespaceSelector ? { selector: peer.namespaceSelector } : { name: p.namespace }, peer.podSelector, rule.source);
        }
      }
    }
  }
  const id = (s) => `${"name" in s.namespace ? s.namespace.name : s.namespace.fresh}/${s.name}`;
  return [...set.byKey.values()].sort((a, b) => id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}

// src/analyze.ts
var DEFAULT_OPTIONS = { defaultNamespace: "default" };
function atPath(parsed, path13) {
  const from = parsed.documents[0]?.file ?? parsed.diagnostics[0]?.file;
  if (from === void 0 || from === path13) return parsed;
  return { documents: parsed.documents.map((d) => ({ ...d, file: path13 })), diagnostics: parsed.diagnostics.map((d) => ({ ...d, file: path13 })) };
}
function parseCluster(files, options, cache) {
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const documents = [];
  const diagnostics = [];
  const templates = helmTemplateDiagnostics(sorted);
  for (const f of sorted) {
    const template = templates.get(f.path);
    if (template) {
      diagnostics.push(template);
      continue;
    }
    let parsed = cache?.get(f.text);
    if (parsed) parsed = atPath(parsed, f.path);
    else {
      parsed = parseSimpleDocuments(f.path, f.text) ?? parseDocuments(f.path, f.text);
      cache?.set(f.text, parsed);
    }
    for (const d of parsed.documents) documents.push(d);
    for (const d of parsed.diagnostics) diagnostics.push(d);
  }
  return buildCluster(documents, options, diagnostics);
}
function rulesOf(config, env) {
  if (!config || !env) return config;
  return { ...config, rules: config.rules.filter((r) => !r.environments || r.environments.includes(env.name)) };
}
function loadBoth(input, options) {
  const cache = /* @__PURE__ */ new Map();
  const base = parseCluster(input.base, options, cache);
  const head = parseCluster(input.head, options, cache);
  if (!input.movedOut) return { base, head, movedOut: [] };
  const renamed = new Set(input.movedOut.renames.map((r) => r.from));
  const objectFiles = new Set(input.base.filter((f) => renamed.has(f.path) && holdsObjects(parseCluster([f], options, cache))).map((f) => f.path));
  const headPaths = /* @__PURE__ */ new Set([...input.head.map((f) => f.path), ...(input.headDiagnostics ?? []).map((d) => d.file)]);
  return { base, head, movedOut: movedOutDiagnostics(input.movedOut.renames, objectFiles, headPaths, input.movedOut.globs) };
}
function withExposure(clusters, rules, options) {
  if (options.exposure === false) return [...clusters];
  const specs = standInSpecs(clusters, rules);
  const portNames = policyPortNames(clusters);
  return clusters.map((c) => addStandIns(c, specs, options.namespaceLabels, portNames));
}
function analyzeDiff(input) {
  const parsedRules = input.rules ? parseRulesFile(input.rules.path, input.rules.text) : { config: null, diagnostics: [] };
  const config = rulesOf(parsedRules.config, input.environment);
  const rulesDiagnostics = input.environment && !input.environment.first ? [] : parsedRules.diagnostics;
  const options = {
    ...input.options,
    defaultNamespace: input.environment?.namespace ?? config?.defaultNamespace ?? input.options.defaultNamespace,
    // Issue 11: the CLI's --exposure wins over the rules file's `exposure`; default on.
    exposure: input.options.exposure ?? config?.exposure ?? true,
    namespaceLabels: { ...input.options.namespaceLabels ?? {}, ...Object.fromEntries(Object.entries(config?.namespaces ?? {}).map(([k, v]) => [k, v.labels])) }
  };
  const loaded = loadBoth(input, options);
  const { movedOut } = loaded;
  const [base, head] = withExposure([loaded.base, loaded.head], config, options);
  const diff2 = computeDiff(
    { ...base, diagnostics: [...input.baseDiagnostics ?? [], ...base.diagnostics] },
    { ...head, diagnostics: [...input.headDiagnostics ?? [], ...movedOut, ...head.diagnostics] },
    { boundaries: config ? ruleBoundaries(config.rules) : [], podCidrs: [...input.options.podCidrs ?? [], ...(config?.podCidrs ?? []).map((c) => c.range)] }
  );
  const notAnalysed = input.notAnalysed ?? config?.notAnalysed;
  return judgeDiff(diff2, { rules: config, rulesDiagnostics, hasRulesFile: input.rules !== null, failOn: input.failOn, ...notAnalysed ? { notAnalysed } : {} });
}
function withNotAnalysed(diff2, mode, verdict2) {
  const n = diff2.diagnostics.filter((d) => d.code === "not-analysed" && d.side === "head").length;
  if (!n) return verdict2;
  const what = `\u26A0 ${n} policy object${n === 1 ? " was" : "s were"} not analysed`;
  if (verdict2.exitCode === 0 && mode === "fail") return { exitCode: 1, reason: `${what} (notAnalysed: fail)` };
  return { exitCode: verdict2.exitCode, reason: `${verdict2.reason}; ${what}: the result is incomplete` };
}
function warningKey(w) {
  return `${w.code}|${w.subject}|${w.message}`;
}
function diffWarnings(diff2) {
  const before = new Set(lintReachability(diff2.base).map(warningKey));
  return lintReachability(diff2.head).map((w) => ({ warning: w, isNew: !before.has(warningKey(w)) }));
}
function mirrored(diff2) {
  const endpoints = diff2.endpoints.map(
    (e) => e.kind === "External" ? { ...e, base: e.head, head: e.base } : { ...e, base: e.head, head: e.base, presence: e.presence === "added" ? "removed" : e.presence === "removed" ? "added" : e.presence }
  );
  return { ...diff2, endpoints, jointClasses: diff2.jointClasses.map((j) => ({ ...j, base: j.head, head: j.base })), base: diff2.head, head: diff2.base };
}
function fixedViolations(rules, diff2, now) {
  return resolvedViolations(evaluateRules(rules.rules, mirrored(diff2)), now, diff2.endpoints);
}
function judgeDiff(diff2, input) {
  const violations = input.rules ? evaluateRules(input.rules.rules, diff2) : [];
  const resolved = input.rules ? fixedViolations(input.rules, diff2, violations) : [];
  const diagnostics = [...diff2.diagnostics, ...input.rulesDiagnostics];
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const violationCount = (list) => list.reduce((n, v) => n + Math.max(1, v.pairs), 0);
  const newViolations = violationCount(violations.filter((v) => v.isNew));
  const kinds = { opened: 0, closed: 0, narrowed: 0, widened: 0, changed: 0 };
  for (const g of diff2.groups) kinds[g.kind] += groupPairs(g, diff2.jointClasses);
  const counts = {
    opened: kinds.opened,
    closed: kinds.closed,
    portsChanged: kinds.narrowed + kinds.widened + kinds.changed,
    violations: violationCount(violations),
    newViolations,
    resolved: violationCount(resolved),
    errors
  };
  const { failOn } = input;
  const gating = failOn === "never" ? 0 : failOn === "any" ? counts.violations : newViolations;
  let exitCode = 0;
  const pre = counts.violations - newViolations;
  let reason = !violations.length ? "no rule is violated" : !newViolations ? `no new violation (${pre} pre-existing)` : `${newViolations} new rule violation${newViolations === 1 ? "" : "s"}, not gated (fail-on: ${failOn})`;
  if (errors) {
    exitCode = 2;
    reason = `${errors} input error${errors === 1 ? "" : "s"} (invalid manifests or rules): the analysis is incomplete`;
  } else if (gating) {
    exitCode = 1;
    reason = `${gating} ${failOn === "any" ? "" : "new "}rule violation${gating === 1 ? "" : "s"}`;
  }
  const verdict2 = withNotAnalysed(diff2, input.notAnalysed ?? "warn", { exitCode, reason });
  return { diff: diff2, rules: input.rules, hasRulesFile: input.hasRulesFile, violations, resolved, diagnostics, warnings: diffWarnings(diff2), counts, ...verdict2 };
}
function analyzeReach(input) {
  const [cluster] = withExposure([parseCluster(input.files, input.options)], null, input.options);
  const merged = { ...cluster, diagnostics: [...input.diagnostics ?? [], ...cluster.diagnostics] };
  const reach2 = computeReachability(merged, { podCidrs: input.options.podCidrs ?? [] });
  const exitCode = merged.diagnostics.some((d) => d.severity === "error") ? 2 : 0;
  return { result: buildReachResult(reach2), warnings: lintReachability(reach2), diagnostics: merged.diagnostics, exitCode };
}

// src/errors.ts
var UserError = class extends Error {
  exitCode;
  constructor(message, options) {
    super(message, options);
    this.name = "UserError";
    this.exitCode = options?.exitCode ?? 2;
  }
};
var UsageError = class extends UserError {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/io/read-dir.ts
import { promises as fs, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/io/globs.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var DEFAULT_GLOBS = ["**/*.yaml", "**/*.yml", "**/*.json"];
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function inSkippedDir(p) {
  return p.split("/").some((s) => SKIPPED_DIRS.has(s));
}
function globMatcher(globs) {
  return (0, import_picomatch.default)([...globs], { dot: false, flags: "s" });
}

// src/io/read-result.ts
var MAX_FILE_BYTES = 16 * 1024 * 1024;
function linkedFolder(link, hidden) {
  const more = hidden.length > 1 ? ` and ${hidden.length - 1} more` : "";
  return {
    path: link,
    code: "symlink-directory",
    reason: `symbolic link to a folder whose files (${hidden[0]}${more}) match the manifest globs through the link but are not analysed at their own path; a deploy tool that follows the link would apply them. Replace the link with the files, or widen the globs to the folder it points to`
  };
}
function tooLarge(p, bytes) {
  return { path: p, code: "file-too-large", reason: `file is ${(bytes / 1048576).toFixed(1)} MiB, above the ${MAX_FILE_BYTES / 1048576} MiB limit for one manifest file; it is not analysed` };
}
function decode(p, buf, skipped) {
  if (buf.length > MAX_FILE_BYTES) {
    skipped.push(tooLarge(p, buf.length));
    return null;
  }
  return buf.toString("utf8");
}

// src/io/read-dir.ts
function toPosix(p) {
  return p.split(path.sep).join("/");
}
function errorCode(e) {
  return e.code ?? e.message;
}
function inside(root, target) {
  return target === root || target.startsWith(root + path.sep);
}
async function readRegular(full, rel, out) {
  try {
    const st = statSync(full);
    if (st.size > MAX_FILE_BYTES) {
      out.skipped.push(tooLarge(rel, st.size));
      return;
    }
    const text = decode(rel, readFileSync(full), out.skipped);
    if (text !== null) out.files.push({ path: rel, text });
  } catch (e) {
    out.skipped.push({ path: rel, code: "unreadable-file", reason: `cannot read the file (${errorCode(e)})` });
  }
}
async function readLink(w, full) {
  const rel = toPosix(path.relative(w.base, full));
  const matches2 = w.isScanned(toPosix(path.relative(w.abs, full)));
  const target = await fs.realpath(full).catch(() => null);
  const st = target ? await fs.stat(target).catch(() => null) : null;
  if (!target || !st) {
    if (matches2) w.out.skipped.push({ path: rel, code: "unreadable-file", severity: "warning", reason: "symbolic link to nothing (broken link); not read" });
    return;
  }
  if (!inside(w.root, target)) {
    if (st.isDirectory()) {
      w.out.skipped.push({ path: rel, code: "symlink-outside", severity: "warning", reason: "symbolic link to a directory outside the scanned directory; not followed, manifests in it are not analysed" });
    } else if (matches2) {
      w.out.skipped.push({ path: rel, code: "symlink-outside", reason: "symbolic link to a file outside the scanned directory; not read" });
    }
    return;
  }
  if (st.isDirectory()) {
    const hidden = hiddenBehind(w, full, target);
    if (hidden.length) w.out.skipped.push(linkedFolder(rel, hidden));
    return;
  }
  if (!matches2 || !st.isFile() || w.isScanned(toPosix(path.relative(w.root, target)))) return;
  await readRegular(target, rel, w.out);
}
function filesUnder(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIPPED_DIRS.has(e.name) ? [] : filesUnder(full);
    return e.isFile() ? [full] : [];
  });
}
function hiddenBehind(w, link, target) {
  const viaLink = toPosix(path.relative(w.abs, link));
  return filesUnder(target).filter((f) => w.isScanned(`${viaLink}/${toPosix(path.relative(target, f))}`) && !w.isScanned(toPosix(path.relative(w.root, f)))).map((f) => toPosix(path.relative(w.root, f)));
}
async function walkDir(w, dir) {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    w.out.skipped.push({ path: toPosix(path.relative(w.base, dir)) || ".", code: "unreadable-file", reason: `cannot read the directory (${errorCode(e)})` });
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) await walkDir(w, full);
    } else if (e.isSymbolicLink()) {
      await readLink(w, full);
    } else if (e.isFile() && w.isScanned(toPosix(path.relative(w.abs, full)))) {
      await readRegular(full, toPosix(path.relative(w.base, full)), w.out);
    }
  }
}
async function readManifestFiles(paths, globs = DEFAULT_GLOBS, base = process.cwd()) {
  const out = { files: [], skipped: [] };
  const isMatch = globMatcher(globs);
  for (const given of paths) {
    const abs = path.resolve(base, given);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      throw new UserError(`${given}: no such file or directory`);
    }
    if (st.isFile()) {
      await readRegular(abs, toPosix(path.relative(base, abs)) || path.basename(abs), out);
      continue;
    }
    if (!st.isDirectory()) throw new UserError(`${given}: not a file or a directory`);
    const root = await fs.realpath(abs);
    const isScanned = (rel) => !rel.startsWith("../") && rel !== ".." && !inSkippedDir(rel) && isMatch(rel);
    await walkDir({ abs, root, base, isScanned, out }, abs);
  }
  return out;
}

// src/io/read-git-tree.ts
import path2 from "node:path";

// src/io/git.ts
import { spawn } from "node:child_process";
var MAX_OUTPUT_BYTES = 1 << 30;
var GitError = class extends Error {
  stderr;
  exitCode;
  constructor(message, stderr, exitCode, options) {
    super(message, options);
    this.name = "GitError";
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
};
function runGit(cwd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child2 = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } });
    const chunks = [];
    let size = 0;
    let stderr = "";
    let killedFor = null;
    const kill = (why) => {
      killedFor = why;
      child2.kill("SIGTERM");
    };
    const timer = opts.timeoutMs === void 0 ? void 0 : setTimeout(() => kill(`timed out after ${opts.timeoutMs / 1e3} s`), opts.timeoutMs);
    child2.stdout.on("data", (c) => {
      size += c.length;
      if (size > MAX_OUTPUT_BYTES) kill("output too large");
      else chunks.push(c);
    });
    child2.stderr.on("data", (c) => {
      if (stderr.length < 65536) stderr += c.toString();
    });
    child2.on("error", (e) => {
      clearTimeout(timer);
      reject(new GitError(`cannot run git (${e.message})`, "", null, { cause: e }));
    });
    child2.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0 && !killedFor) resolve(Buffer.concat(chunks));
      else reject(new GitError(`git ${args[0] ?? ""} failed (${killedFor ?? `exit ${code}`}): ${stderr.trim()}`, stderr, code));
    });
    child2.stdin.on("error", () => {
    });
    child2.stdin.end(opts.input ?? "");
  });
}
async function gitText(cwd, args, opts = {}) {
  return (await runGit(cwd, args, opts)).toString("utf8");
}
async function resolveTree(ref, cwd) {
  if (!ref || ref.startsWith("-") || [...ref].some((c) => c < " " || c === "\x7F")) throw new UserError(`git:${ref}: not a valid revision`);
  try {
    const tree = (await gitText(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{tree}`])).trim();
    if (/^[0-9a-f]{40,64}$/.test(tree)) return tree;
  } catch {
  }
  throw new UserError(`git:${ref}: not a revision of the repository in ${cwd}`);
}
async function readBlobs(shas, cwd) {
  if (!shas.length) return [];
  let out;
  try {
    out = await runGit(cwd, ["cat-file", "--batch"], { input: `${shas.join("\n")}
` });
  } catch (e) {
    const g = e;
    throw new UserError(g.cause ? `cannot run git to read the tree (${g.cause.message})` : `git cat-file --batch failed (exit ${g.exitCode}): ${g.stderr.trim()}`, { cause: e });
  }
  const blobs = [];
  let pos = 0;
  for (const sha of shas) {
    const nl = out.indexOf(10, pos);
    const header = out.toString("utf8", pos, nl < 0 ? out.length : nl).split(" ");
    if (nl < 0 || header[0] !== sha || header[1] !== "blob") throw new UserError(`git cat-file --batch: unexpected answer for ${sha}: ${header.join(" ")}`);
    const size = Number(header[2]);
    blobs.push(out.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return blobs;
}

// src/io/read-git-tree.ts
var LINK_MODE = "120000";
var MAX_LINK_HOPS = 40;
function linkTarget(linkPath, target) {
  if (target.startsWith("/")) return null;
  const joined = path2.posix.normalize(path2.posix.join(path2.posix.dirname(linkPath), target));
  return joined === ".." || joined.startsWith("../") ? null : joined.replace(/\/+$/, "");
}
function scannedPath(globs, prefix) {
  const isMatch = globMatcher(globs);
  const pre = prefix ? prefix.replace(/\/?$/, "/") : "";
  return (p) => p.startsWith(pre) && !inSkippedDir(p) && isMatch(p.slice(pre.length));
}
function hiddenBehind2(link, dir, entries, isScanned) {
  const inside2 = `${dir}/`;
  return entries.filter((t) => t.path.startsWith(inside2) && t.mode !== LINK_MODE && !t.scanned && isScanned(link + t.path.slice(dir.length))).map((t) => t.path);
}
async function listTree(tree, cwd, globs, prefix) {
  const listing = await runGit(cwd, ["ls-tree", "-r", "-z", "-l", "--full-tree", tree, ...prefix ? ["--", prefix] : []]);
  const isScanned = scannedPath(globs, prefix);
  const entries = [];
  for (const entry of listing.toString("utf8").split("\0")) {
    if (!entry) continue;
    const tab = entry.indexOf("	");
    const [mode, type, sha, size] = entry.slice(0, tab).split(/ +/);
    const p = entry.slice(tab + 1);
    if (type !== "blob") continue;
    entries.push({ mode, sha, size: Number(size), path: p, scanned: isScanned(p) });
  }
  return entries;
}
var TreeIndex = class {
  constructor(entries, targets) {
    this.targets = targets;
    this.byPath = new Map(entries.map((e) => [e.path, e]));
    for (const e of entries) for (let d = path2.posix.dirname(e.path); d !== "." && !this.dirs.has(d); d = path2.posix.dirname(d)) this.dirs.add(d);
  }
  targets;
  byPath;
  dirs = /* @__PURE__ */ new Set(["."]);
  /** The first folder of `p` that is a link, as [link, rest]; null when there is none. */
  linkedParent(p) {
    const parts = p.split("/");
    for (let i = 1; i < parts.length; i++) {
      const pre = parts.slice(0, i).join("/");
      if (this.targets.has(pre)) return [pre, parts.slice(i).join("/")];
    }
    return null;
  }
  /** Follows a link (and links among the folders of its target) to where it ends. */
  resolve(link) {
    const via = [link];
    let p = link;
    for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
      const parent = this.linkedParent(p);
      const at = parent ? parent[0] : p;
      if (!parent && !this.targets.has(p)) {
        if (this.byPath.has(p)) return { kind: "file", path: p, via: [...via, p] };
        return { kind: this.dirs.has(p) ? "directory" : "broken", via: p === link ? via : [...via, p] };
      }
      if (at !== link) via.push(at);
      const t = linkTarget(at, this.targets.get(at));
      if (t === null) return { kind: "outside", via };
      p = parent ? path2.posix.normalize(`${t}/${parent[1]}`) : t;
      if (p === ".." || p.startsWith("../")) return { kind: "outside", via };
    }
    return { kind: "broken", via };
  }
};
async function indexTree(ref, globs, cwd, prefix) {
  const entries = await listTree(await resolveTree(ref, cwd), cwd, globs, prefix);
  const needed = entries.filter((e) => e.mode === LINK_MODE || e.scanned && e.size <= MAX_FILE_BYTES);
  const blobs = await readBlobs(needed.map((e) => e.sha), cwd);
  const blobOf = new Map(needed.map((e, i) => [e, blobs[i]]));
  const targets = new Map(entries.filter((e) => e.mode === LINK_MODE).map((e) => [e.path, blobOf.get(e).toString("utf8")]));
  return { entries, index: new TreeIndex(entries, targets), blobOf };
}
async function readGitTree(ref, globs = DEFAULT_GLOBS, cwd = process.cwd(), prefix = "") {
  const { entries, index, blobOf } = await indexTree(ref, globs, cwd, prefix);
  const out = { files: [], skipped: [] };
  const followed = /* @__PURE__ */ new Map();
  const isScanned = scannedPath(globs, prefix);
  for (const e of entries) {
    if (e.mode !== LINK_MODE) continue;
    const end = index.resolve(e.path);
    if (end.kind === "directory") {
      const hidden = hiddenBehind2(e.path, end.via[end.via.length - 1], entries, isScanned);
      if (hidden.length) out.skipped.push(linkedFolder(e.path, hidden));
      continue;
    }
    if (!e.scanned) continue;
    if (end.kind === "outside") out.skipped.push({ path: e.path, code: "symlink-outside", reason: "symbolic link to a path outside the repository; not read" });
    else if (end.kind === "broken") out.skipped.push({ path: e.path, code: "unreadable-file", severity: "warning", reason: "symbolic link to nothing (broken link); not read" });
    else if (end.kind === "file" && !index.byPath.get(end.path).scanned) followed.set(e, index.byPath.get(end.path));
  }
  const extra = [...new Set(followed.values())].filter((t) => !blobOf.has(t) && t.size <= MAX_FILE_BYTES);
  (await readBlobs(extra.map((t) => t.sha), cwd)).forEach((b, i) => blobOf.set(extra[i], b));
  for (const e of entries) {
    const source = e.mode === LINK_MODE ? followed.get(e) : e.scanned ? e : void 0;
    if (!source) continue;
    if (source.size > MAX_FILE_BYTES) {
      out.skipped.push(tooLarge(e.path, source.size));
      continue;
    }
    const text = decode(e.path, blobOf.get(source), out.skipped);
    if (text !== null) out.files.push({ path: e.path, text });
  }
  return out;
}

// src/report/model/merge-blocks.ts
function setKey(s) {
  return s.join(",");
}
function sortedUnique(parts) {
  if (parts.length === 1) return [...parts[0]];
  const all = parts.flat().sort((a, b) => a - b);
  return all.filter((x, i) => i === 0 || all[i - 1] !== x);
}
function mergeOn2(blocks, side, combine2) {
  const other = side === "sources" ? "targets" : "sources";
  const byKey = /* @__PURE__ */ new Map();
  const out = [];
  for (const b of blocks) {
    const k = `${b.key}\0${setKey(b[side])}`;
    const m = byKey.get(k);
    if (!m) {
      const entry = { block: { ...b }, parts: [b[other]] };
      byKey.set(k, entry);
      out.push(entry);
    } else {
      m.parts.push(b[other]);
      m.block.value = combine2(m.block.value, b.value);
    }
  }
  return out.map(({ block, parts }) => ({ ...block, [other]: sortedUnique(parts) }));
}
function blockPairs(b) {
  const all = b.sources.length * b.targets.length;
  if (b.sources.length === 1) return all - (b.targets.includes(b.sources[0]) ? 1 : 0);
  if (b.targets.length === 1) return all - (b.sources.includes(b.targets[0]) ? 1 : 0);
  const t = new Set(b.targets);
  let self = 0;
  for (const s of b.sources) if (t.has(s)) self++;
  return all - self;
}
function mergeBlocks(blocks, combine2 = (a) => a) {
  const nonEmpty = blocks.filter((b) => blockPairs(b) > 0);
  return mergeOn2(mergeOn2(nonEmpty, "targets", combine2), "sources", combine2);
}

// src/report/model/change-rows.ts
var KIND_RANK = { opened: 2, closed: 3, narrowed: 4, widened: 5, changed: 6 };
function becauseKey2(b) {
  return b.map((x) => `${x.side}:${x.role}:${x.direction}:${x.policy}:${x.file}:${x.line}`).join(";");
}
var connsKeys = /* @__PURE__ */ new WeakMap();
function cachedConnsKey(c) {
  let k = connsKeys.get(c);
  if (k === void 0) connsKeys.set(c, k = connsKey(c));
  return k;
}
function groupKey(g) {
  return `${g.kind}|${cachedConnsKey(g.before)}|${cachedConnsKey(g.after)}|${becauseKey2(g.because)}`;
}
function breakKey(b) {
  return `${b.isNew ? 0 : 1}|${b.rule.kind}|${b.rule.name}|${b.rule.source.file}|${b.rule.source.line}`;
}
function rowRank(r) {
  if (r.breaks.some((b) => b.isNew)) return 0;
  if (r.breaks.length) return 1;
  return KIND_RANK[r.kind];
}
function rowBreak(r) {
  if (!r.breaks.length) return null;
  return { forbidden: r.breaks.some((b) => b.rule.kind === "forbid"), isNew: r.breaks.some((b) => b.isNew) };
}
function breaksByHeadClasses(diff2, violations) {
  const out = /* @__PURE__ */ new Map();
  for (const v of violations) {
    if (!v.pairs) continue;
    const k = `${diff2.endpoints[v.sources[0]].head}:${diff2.endpoints[v.targets[0]].head}`;
    const b = { brk: { rule: v.rule, isNew: v.isNew }, sources: new Set(v.sources), targets: new Set(v.targets) };
    const list = out.get(k);
    if (list) list.push(b);
    else out.set(k, [b]);
  }
  return out;
}
function candidateBreaks(diff2, g, breaks) {
  const heads = (classes) => new Set(classes.map((c) => diff2.jointClasses[c].head).filter((h) => h >= 0));
  const fromHeads = heads(g.fromClasses);
  const toHeads = heads(g.toClasses);
  const out = [];
  if (fromHeads.size * toHeads.size <= breaks.size) {
    for (const fh of fromHeads) for (const th of toHeads) out.push(...breaks.get(`${fh}:${th}`) ?? []);
    return out;
  }
  for (const [k, list] of breaks) {
    const [fh, th] = k.split(":").map(Number);
    if (fromHeads.has(fh) && toHeads.has(th)) out.push(...list);
  }
  return out;
}
function partsBy(members, blocks, side) {
  const parts = /* @__PURE__ */ new Map();
  for (const m of members) {
    const hits = [];
    blocks.forEach((b, k) => {
      if (b[side].has(m)) hits.push(k);
    });
    const key = hits.join(",");
    const part = parts.get(key);
    if (part) part.members.push(m);
    else parts.set(key, { members: [m], blocks: hits });
  }
  return [...parts.values()];
}
function splitBroken(g, sources, targets, blocks, key) {
  const out = [];
  const targetParts = partsBy(targets, blocks, "targets");
  for (const sp of partsBy(sources, blocks, "sources")) {
    for (const tp of targetParts) {
      const both = sp.blocks.filter((k) => tp.blocks.includes(k));
      const unique = new Map(both.map((k) => [breakKey(blocks[k].brk), blocks[k].brk]));
      const breaks = [...unique.keys()].sort().map((k) => unique.get(k));
      out.push({ sources: sp.members, targets: tp.members, key: breaks.length ? `${key}|${[...unique.keys()].sort().join(";")}` : key, value: { group: g, breaks } });
    }
  }
  return out;
}
function buildChangeRows(diff2, violations) {
  const breaks = breaksByHeadClasses(diff2, violations);
  const blocks = [];
  for (const g of diff2.groups) {
    const sources = membersOf(g.fromClasses, diff2.jointClasses);
    const targets = membersOf(g.toClasses, diff2.jointClasses);
    const candidates = breaks.size ? candidateBreaks(diff2, g, breaks) : [];
    const overlapping = candidates.filter((b) => sources.some((m) => b.sources.has(m)) && targets.some((m) => b.targets.has(m)));
    if (overlapping.length) blocks.push(...splitBroken(g, sources, targets, overlapping, groupKey(g)));
    else blocks.push({ sources: [...sources], targets: [...targets], key: groupKey(g), value: { group: g, breaks: [] } });
  }
  const rows = mergeBlocks(blocks).map((b) => {
    const g = b.value.group;
    return { kind: g.kind, sources: b.sources, targets: b.targets, pairs: blockPairs(b), before: g.before, after: g.after, opened: g.opened, closed: g.closed, because: g.because, breaks: b.value.breaks };
  });
  return rows.sort((a, b) => rowRank(a) - rowRank(b) || a.sources[0] - b.sources[0] || a.targets[0] - b.targets[0] || a.sources.length - b.sources.length || a.targets.length - b.targets.length);
}

// src/report/render/json.ts
function endpointJson(e) {
  if (e.kind === "External") return { id: e.id, kind: "External", cidrs: e.cidrs };
  if (e.kind === "Unlisted" && e.workload?.standsFor) return { id: e.id, kind: "Unlisted", standsFor: e.workload.standsFor };
  const out = { id: e.id, kind: e.kind, namespace: e.namespace, name: e.name };
  if (e.hostNetwork) out.hostNetwork = true;
  return out;
}
function diagnosticJson(d) {
  const out = { severity: d.severity, code: d.code, file: d.file, line: d.line, message: d.message };
  if (d.side) out.side = d.side;
  return out;
}
var JSON_VERSION = 2;
var LazyArray = class {
  constructor(items) {
    this.items = items;
  }
  items;
};
var isScalar3 = (x) => x === null || typeof x !== "object";
function inlineJson(v) {
  return Array.isArray(v) ? `[${v.map(inlineJson).join(", ")}]` : JSON.stringify(v) ?? "null";
}
function formatJson(value, indent = "") {
  if (Array.isArray(value)) {
    if (!value.length) return "[]";
    if (value.every((x) => isScalar3(x) || Array.isArray(x) && x.every(isScalar3))) return inlineJson(value);
    return `[
${value.map((x) => `${indent}  ${formatJson(x, `${indent}  `)}`).join(",\n")}
${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0);
    if (!entries.length) return "{}";
    return `{
${entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${formatJson(v, `${indent}  `)}`).join(",\n")}
${indent}}`;
  }
  return JSON.stringify(value) ?? "null";
}
var ChunkedObject = class {
  constructor(fields) {
    this.fields = fields;
  }
  fields;
};
function* objectChunks(fields, pad) {
  if (!fields.length) {
    yield "{}";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, value] of fields) {
    yield `${first ? "" : ","}
${pad}  ${JSON.stringify(key)}: `;
    first = false;
    if (!(value instanceof LazyArray)) {
      yield formatJson(value, `${pad}  `);
      continue;
    }
    let n = 0;
    for (const item of value.items()) {
      yield `${n++ ? "," : "["}
${pad}    `;
      if (item instanceof ChunkedObject) yield* objectChunks(item.fields, `${pad}    `);
      else yield formatJson(item, `${pad}    `);
    }
    yield n ? `
${pad}  ]` : "[]";
  }
  yield `
${pad}}`;
}
function* jsonChunks2(fields) {
  yield* objectChunks(fields, "");
  yield "\n";
}
var ids = (endpoints, list) => list.map((i) => endpoints[i].id);
function reachFlowBlocks(r) {
  const blocks = flowBlocks(r).map((b) => ({ sources: b.sources, targets: b.targets, key: String(b.id), value: b.conns }));
  return mergeBlocks(blocks).sort((x, y) => x.sources[0] - y.sources[0] || x.targets[0] - y.targets[0]);
}
function reachJsonChunks(a) {
  const r = "result" in a ? a.result : a;
  return jsonChunks2([
    ["version", JSON_VERSION],
    ["endpoints", new LazyArray(() => r.endpoints.map(endpointJson))],
    ["flows", new LazyArray(() => reachFlowBlocks(r).map((b) => ({ from: ids(r.endpoints, b.sources), to: ids(r.endpoints, b.targets), allow: connsToJson(b.value) })))],
    ["diagnostics", r.diagnostics.map(diagnosticJson)],
    ..."result" in a ? [["warnings", a.warnings.map((w) => ({ ...w }))]] : []
  ]);
}
function diffEndpointJson(e) {
  const out = endpointJson(e);
  if (e.kind !== "External" && e.presence !== "both") out.presence = e.presence;
  return out;
}
function countsJson(c) {
  return { opened: c.opened, closed: c.closed, changed: c.portsChanged, violations: c.violations, newViolations: c.newViolations, resolved: c.resolved, errors: c.errors };
}
function changeBlocks(d) {
  const blocks = d.groups.map((g) => ({ sources: membersOf(g.fromClasses, d.jointClasses), targets: membersOf(g.toClasses, d.jointClasses), key: groupKey(g), value: g }));
  return mergeBlocks(blocks).sort((x, y) => x.sources[0] - y.sources[0] || x.targets[0] - y.targets[0]);
}
function changeFields(g) {
  return { change: g.kind, before: connsToJson(g.before), after: connsToJson(g.after), opened: connsToJson(g.opened), closed: connsToJson(g.closed), because: g.because };
}
function violationJson(v, endpoints) {
  return {
    rule: v.rule.name,
    kind: v.rule.kind,
    from: ids(endpoints, v.sources),
    to: ids(endpoints, v.targets),
    pairs: v.pairs,
    ports: connsToJson(v.ports),
    new: v.isNew,
    message: v.message,
    file: v.rule.source.file,
    line: v.rule.source.line
  };
}
function resolvedJson(v, endpoints) {
  const { new: _new, ...rest } = violationJson(v, endpoints);
  return rest;
}
function diffContentFields(run) {
  const d = run.diff;
  return [
    ["endpoints", new LazyArray(() => d.endpoints.map(diffEndpointJson))],
    ["changes", new LazyArray(() => changeBlocks(d).map((b) => ({ from: ids(d.endpoints, b.sources), to: ids(d.endpoints, b.targets), pairs: blockPairs(b), ...changeFields(b.value) })))],
    ["violations", new LazyArray(() => run.violations.map((v) => violationJson(v, d.endpoints)))],
    ["resolved", new LazyArray(() => run.resolved.map((v) => resolvedJson(v, d.endpoints)))],
    ["diagnostics", new LazyArray(() => run.diagnostics.map(diagnosticJson))],
    ["warnings", new LazyArray(() => run.warnings.map(({ warning, isNew }) => ({ ...warning, new: isNew })))],
    ["counts", countsJson(run.counts)]
  ];
}
var PLAIN_ENVIRONMENT = { name: "manifests", source: { kind: "manifests", text: "the manifests as they are" } };
function environmentsJsonChunks(environments, verdict2) {
  const items = () => environments.map((e) => new ChunkedObject([["name", e.name], ["source", e.source], ...diffContentFields(e.run)]));
  return jsonChunks2([
    ["version", JSON_VERSION],
    ["environments", new LazyArray(items)],
    ["counts", countsJson(verdict2.counts)],
    ["exitCode", verdict2.exitCode],
    ["reason", verdict2.reason],
    ["detected", verdict2.detected ?? false],
    ["tools", verdict2.tools ?? []]
  ]);
}
function diffJsonChunks(run) {
  return environmentsJsonChunks([{ ...PLAIN_ENVIRONMENT, run }], run);
}
function* diffNdjsonLines(run, environment = PLAIN_ENVIRONMENT.name) {
  const d = run.diff;
  const env = `{"environment":${JSON.stringify(environment)},`;
  for (const g of d.groups) {
    const tail2 = JSON.stringify(changeFields(g)).slice(1);
    const targets = membersOf(g.toClasses, d.jointClasses);
    for (const i of membersOf(g.fromClasses, d.jointClasses)) {
      const from = `${env}"from":${JSON.stringify(d.endpoints[i].id)},"to":`;
      for (const j of targets) if (i !== j) yield `${from}${JSON.stringify(d.endpoints[j].id)},${tail2}
`;
    }
  }
}
function* reachNdjsonLines(r) {
  for (const f of flowPairs(r)) yield `${JSON.stringify({ from: r.endpoints[f.from].id, to: r.endpoints[f.to].id, allow: connsToJson(f.conns) })}
`;
}

// src/io/write-chunks.ts
import { createWriteStream } from "node:fs";
var BATCH = 64 * 1024;
async function writeChunks(sink, chunks) {
  let batch = [];
  let size = 0;
  const flush = async () => {
    const text = batch.join("");
    batch = [];
    size = 0;
    if (sink.write(text) === false && sink.once) await new Promise((resolve) => sink.once("drain", resolve));
  };
  for (const c of chunks) {
    batch.push(c);
    size += c.length;
    if (size >= BATCH) await flush();
  }
  if (size) await flush();
}
async function writeChunksToFile(file, chunks) {
  const stream = createWriteStream(file);
  const failed2 = new Promise((_resolve, reject) => stream.once("error", reject));
  failed2.catch(() => void 0);
  const done = (async () => {
    await writeChunks(stream, chunks);
    await new Promise((resolve) => stream.end(resolve));
  })();
  try {
    await Promise.race([done, failed2]);
  } finally {
    if (!stream.closed) stream.destroy();
  }
}

// src/report/render/escape.ts
var ENTITY = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "|": "&#124;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "{": "&#123;",
  "}": "&#125;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "\\": "&#92;",
  "!": "&#33;",
  ":": "&#58;",
  '"': "&quot;",
  "'": "&#39;",
  "=": "&#61;",
  "^": "&#94;",
  $: "&#36;",
  // GitHub finds @-mentions, #-references and autolinks in the text *after* entities are decoded
  // (its filters run on the rendered HTML), so an entity alone does not stop them: a zero-width
  // space right after @ and # keeps a word character from following them.
  "@": "@&#8203;",
  "#": "#&#8203;"
};
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\u{e0000}-\u{e0fff}]/gu;
function showInvisible(s) {
  return s.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
function escapeMarkdown(s) {
  return showInvisible(s).replace(/[&<>|[\](){}`*_~\\!:"'=^$@#]/g, (c) => ENTITY[c]).replace(/\b(www)\./gi, "$1&#8203;&#46;").replace(/&#58;\/\//g, "&#58;&#8203;//").replace(/^([-+]|\d+\.)/, (m) => m.replace(".", "&#46;").replace("-", "&#45;").replace("+", "&#43;")).replace(/^ +/, (m) => "&#32;".repeat(m.length));
}
function escapeMermaid(s) {
  let out = "";
  for (const ch of showInvisible(s)) out += /^[A-Za-z0-9 .,/:_+-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}
function escapeText(s) {
  return showInvisible(s);
}

// src/report/model/headline.ts
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function warningCounts(model) {
  const input = model.diagnostics.filter((d) => d.severity !== "error").length;
  return { total: model.warnings.length + input, fresh: model.warnings.filter((w) => w.isNew).length };
}
function headlineCounts(model) {
  const { kindCounts: k, run } = model;
  const c = run.counts;
  const pairs = [`${k.opened} opened`, `${k.closed} closed`, `${k.narrowed} narrowed`];
  if (k.widened) pairs.push(`${k.widened} widened`);
  if (k.changed) pairs.push(`${k.changed} changed`);
  const out = [{ label: "Changed pairs", value: pairs.join(", ") }];
  const fixed = c.resolved ? `, ${c.resolved} fixed` : "";
  out.push({ label: "Rule violations", value: run.hasRulesFile ? `${c.newViolations} new, ${c.violations - c.newViolations} pre-existing${fixed}` : "no rules file" });
  const w = warningCounts(model);
  out.push({ label: "Warnings", value: w.fresh ? `${w.total} (${w.fresh} new)` : String(w.total) });
  out.push({ label: "Input errors", value: String(c.errors) });
  return out;
}
function verdict(run) {
  const fixed = run.counts.resolved ? `; ${plural(run.counts.resolved, "violation")} fixed` : "";
  if (run.exitCode === 0) {
    const note = run.hasRulesFile ? "" : "no rules file: flowgate reports, nothing is gated";
    return { pass: true, text: note || `${run.reason}${fixed}` };
  }
  return { pass: false, text: `${run.reason}${run.exitCode === 1 ? fixed : ""}` };
}
function ipBlockNote(run) {
  const pods = run.diff.head.classification.podCidrs;
  const how = pods.length ? `ipBlocks are matched against external addresses, and against pods when they hold all the pod CIDRs (${pods.map(formatRange).join(", ")}) (CNIs differ on this; A-22).` : "ipBlocks are matched against external addresses only, not against pod IPs (CNIs differ on this; A-22).";
  return `${how} Self pairs are not flows (A-29).`;
}

// src/report/model/endpoint-sets.ts
var NAMED_LIMIT = 3;
var EXCEPT_LIMIT = 3;
var SetDescriber = class {
  /** `labels[i]` names endpoint i in phrases (short labels); its id when not given. */
  constructor(endpoints, universe, labels = endpoints.map((e) => e.id)) {
    this.endpoints = endpoints;
    this.universe = universe;
    this.labels = labels;
    let w = 0;
    let x = 0;
    for (const i of universe) {
      const e = endpoints[i];
      if (e.kind === "External") {
        x++;
        this.perFamily[e.range.family]++;
      } else if (e.kind !== "Unlisted") {
        w++;
        this.perNamespace.set(e.namespace, (this.perNamespace.get(e.namespace) ?? 0) + 1);
      }
    }
    this.workloads = w;
    this.externals = x;
  }
  endpoints;
  universe;
  labels;
  workloads;
  externals;
  perNamespace = /* @__PURE__ */ new Map();
  perFamily = { 4: 0, 6: 0 };
  family(i) {
    const e = this.endpoints[i];
    return e.kind === "External" ? e.range.family : 4;
  }
  /** The ids of the universe's endpoints of a kind that `list` does not hold. */
  missing(list, inScope) {
    const held = new Set(list);
    return this.universe.filter((i) => !held.has(i) && inScope(this.endpoints[i])).map((i) => this.labels[i]);
  }
  /** `members` are endpoint indices, sorted ascending (workloads by id, then external ranges). */
  describe(members) {
    const byNs = /* @__PURE__ */ new Map();
    const ext = [];
    const standIns = [];
    for (const i of members) {
      const e = this.endpoints[i];
      if (e.kind === "External") ext.push(i);
      else if (e.kind === "Unlisted") standIns.push(i);
      else {
        const list = byNs.get(e.namespace);
        if (list) list.push(i);
        else byNs.set(e.namespace, [i]);
      }
    }
    const phrases = [];
    const named = [];
    const wCount = members.length - ext.length - standIns.length;
    if (wCount > 1 && wCount === this.workloads) phrases.push({ kind: "every-workload", count: wCount });
    else {
      for (const [ns, list] of byNs) {
        const total = this.perNamespace.get(ns);
        if (list.length > 1 && list.length === total) phrases.push({ kind: "namespace", namespace: ns, count: list.length });
        else if (list.length > NAMED_LIMIT && total - list.length <= EXCEPT_LIMIT) {
          const missing = this.missing(list, (e) => e.kind !== "External" && e.kind !== "Unlisted" && e.namespace === ns);
          phrases.push({ kind: "namespace-except", namespace: ns, count: list.length, except: missing });
        } else named.push(...list);
      }
    }
    const families = new Set(ext.map((i) => this.family(i)));
    const oneFamily = families.size === 1 ? [...families][0] : null;
    if (ext.length > 1 && ext.length === this.externals) phrases.push({ kind: "every-external" });
    else if (oneFamily && ext.length > 1 && ext.length === this.perFamily[oneFamily]) phrases.push({ kind: "every-external-family", family: oneFamily });
    else if (ext.length > NAMED_LIMIT && this.externals - ext.length <= EXCEPT_LIMIT) {
      phrases.push({ kind: "external-except", except: this.missing(ext, (e) => e.kind === "External") });
    } else named.push(...ext);
    named.push(...standIns);
    named.sort((a, b) => a - b);
    const shown = named.length > NAMED_LIMIT + 1 ? named.slice(0, NAMED_LIMIT) : named;
    for (const i of shown) phrases.push({ kind: "endpoint", id: this.labels[i] });
    const folded = named.slice(shown.length);
    if (folded.length) phrases.push({ kind: "more", count: folded.length });
    return { phrases, folded };
  }
};
function formatPhrase(p, quote) {
  switch (p.kind) {
    case "every-workload":
      return `every workload in the cluster (${p.count})`;
    case "every-external":
      return "any external address";
    case "every-external-family":
      return `any external IPv${p.family} address`;
    case "namespace":
      return `all ${p.count} workloads in namespace ${quote(p.namespace)}`;
    case "namespace-except":
      return `the ${p.count} workloads in namespace ${quote(p.namespace)} other than ${p.except.map(quote).join(", ")}`;
    case "external-except":
      return `any external address other than ${p.except.map(quote).join(", ")}`;
    case "endpoint":
      return quote(p.id);
    case "more":
      return `and ${p.count} more`;
  }
}
function formatSet(d, quote) {
  return d.phrases.map((p) => formatPhrase(p, quote)).join(", ");
}

// src/report/render/group-labeler.ts
var GroupLabeler = class {
  /** A disabled labeler names no group (the member lists were left out for size). */
  constructor(escape2, enabled = true) {
    this.escape = escape2;
    this.enabled = enabled;
  }
  escape;
  enabled;
  byKey = /* @__PURE__ */ new Map();
  /** The label of a folded set, made on first use; null when disabled. */
  label(members) {
    if (!this.enabled) return null;
    const key = members.join(",");
    let g = this.byKey.get(key);
    if (!g) {
      g = { label: `G${this.byKey.size + 1}`, members: [...members] };
      this.byKey.set(key, g);
    }
    return g.label;
  }
  /** A set of endpoints: summarised phrases, escaped, with a group label when names are folded. */
  set(members, sets) {
    return sets.describe(members).phrases.map((p) => {
      const text = formatPhrase(p, this.escape);
      const label = p.kind === "more" ? this.label(members) : null;
      return label ? `${text} (${label})` : text;
    }).join(", ");
  }
  /** Every labelled set, in label order. */
  groups() {
    return [...this.byKey.values()];
  }
};

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/model/reach-after.ts
var MATRIX_LIMIT = 12;
var LIST_CLASS_LIMIT = 200;
function headEndpoints(diff2) {
  const out = [];
  diff2.endpoints.forEach((e, i) => {
    if (e.head >= 0) out.push(i);
  });
  return out;
}
function matrix(diff2, endpoints) {
  const changeAt = changeIndex(diff2);
  const cells = endpoints.map((i) => {
    const a = diff2.endpoints[i];
    return endpoints.map((j) => {
      const b = diff2.endpoints[j];
      if (i === j || a.kind === "External" && b.kind === "External") return { conns: null, changed: false };
      return { conns: diff2.head.classConns(a.head, b.head), changed: changeAt(a.joint, b.joint) !== void 0 };
    });
  });
  return { kind: "matrix", endpoints, cells };
}
function lists(diff2, endpoints) {
  const members = /* @__PURE__ */ new Map();
  for (const i of endpoints) {
    const c = diff2.endpoints[i].head;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  }
  const classes = [...members.keys()];
  const external = (c) => diff2.head.classification.classes[c].external;
  const blocks = [];
  for (const a of classes) {
    for (const b of classes) {
      if (external(a) && external(b)) continue;
      const id = diff2.head.classConnsId(a, b);
      if (id !== 0) blocks.push({ sources: members.get(a), targets: members.get(b), key: String(id), value: diff2.head.table.get(id) });
    }
  }
  const merged = mergeBlocks(blocks).sort((x, y) => x.sources[0] - y.sources[0] || x.targets[0] - y.targets[0]);
  return { kind: "lists", endpoints, blocks: merged };
}
function buildReachAfter(diff2) {
  const endpoints = headEndpoints(diff2);
  if (endpoints.length <= MATRIX_LIMIT) return matrix(diff2, endpoints);
  const classes = new Set(endpoints.map((i) => diff2.endpoints[i].head)).size;
  if (classes > LIST_CLASS_LIMIT) return { kind: "too-large", endpoints, classes };
  return lists(diff2, endpoints);
}

// src/report/model/violation-groups.ts
function violationVerb(g, ports) {
  if (g.rule.kind === "forbid") return `allows ${ports}`;
  return g.rule.ports === null ? "allows nothing" : `does not allow ${ports}`;
}
function rank(g) {
  return `${g.isNew ? 0 : 1}|${g.rule.kind === "forbid" ? 0 : 1}|${g.rule.source.file}|${String(g.rule.source.line).padStart(9, "0")}|${g.rule.name}`;
}
function groupViolations(violations) {
  const loose = [];
  const blocks = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const v of violations) {
    if (!v.pairs) {
      loose.push({ rule: v.rule, isNew: v.isNew, ports: v.ports, sources: [], targets: [], pairs: 0, message: v.message });
      continue;
    }
    const key = `${v.isNew}|${v.rule.kind}|${v.rule.name}|${v.rule.source.file}|${v.rule.source.line}|${connsKey(v.ports)}`;
    if (!byKey.has(key)) byKey.set(key, v);
    blocks.push({ sources: v.sources, targets: v.targets, key, value: v.message });
  }
  const sorted = blocks.sort((a, b) => a.sources[0] - b.sources[0] || a.targets[0] - b.targets[0]);
  const grouped = mergeBlocks(sorted, () => "").map((b) => {
    const v = byKey.get(b.key);
    const pairs = blockPairs(b);
    return { rule: v.rule, isNew: v.isNew, ports: v.ports, sources: b.sources, targets: b.targets, pairs, message: pairs === 1 && b.value ? b.value : null };
  });
  return [...grouped, ...loose].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra < rb ? -1 : ra > rb ? 1 : (a.sources[0] ?? -1) - (b.sources[0] ?? -1) || (a.targets[0] ?? -1) - (b.targets[0] ?? -1);
  });
}
function violationBecause(g, endpoints, groupAt) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const joints = (list) => [...new Set(list.map((i) => endpoints[i].joint))];
  for (const s of joints(g.sources)) {
    for (const t of joints(g.targets)) {
      for (const b of groupAt(s, t)?.because ?? []) {
        const key = `${b.policy}|${b.file}|${b.line}`;
        if (b.side !== "head" || b.role !== "allows" || seen.has(key)) continue;
        seen.add(key);
        out.push(b);
      }
    }
  }
  return out;
}

// src/report/model/report-model.ts
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function shortLabels(endpoints) {
  const seen = /* @__PURE__ */ new Map();
  const short2 = (e) => e.kind === "External" ? null : `${e.namespace}/${e.name}`;
  for (const e of endpoints) {
    const k = short2(e);
    if (k !== null) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return endpoints.map((e) => {
    const k = short2(e);
    return k === null || seen.get(k) > 1 ? e.id : k;
  });
}
function buildReportModel(run) {
  const { diff: diff2 } = run;
  const kindCounts = { opened: 0, closed: 0, narrowed: 0, widened: 0, changed: 0 };
  for (const g of diff2.groups) kindCounts[g.kind] += groupPairs(g, diff2.jointClasses);
  const diagnostics = run.diagnostics.map((d, i) => ({ d, i })).sort((a, b) => SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity] || a.i - b.i).map(({ d }) => d);
  const labels = shortLabels(diff2.endpoints);
  const groupAt = changeIndex(diff2);
  const violations = groupViolations(run.violations).map((g) => g.isNew && g.rule.kind === "forbid" ? { ...g, because: violationBecause(g, diff2.endpoints, groupAt) } : g);
  return {
    run,
    kindCounts,
    rows: buildChangeRows(diff2, run.violations),
    violations,
    resolved: groupViolations(run.resolved),
    labels,
    sets: new SetDescriber(diff2.endpoints, diff2.endpoints.map((_e, i) => i), labels),
    headSets: new SetDescriber(diff2.endpoints, headEndpoints(diff2), labels),
    reach: buildReachAfter(diff2),
    warnings: run.warnings,
    diagnostics
  };
}
function policyRefs(because) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const tiered = because.some((b) => b.tier !== void 0);
  because.forEach((b, i) => {
    const key = `${b.side}|${b.policy}|${b.file}${b.tier ? `|${b.direction}|${b.rule}` : ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    const ref = { policy: b.policy, file: b.file, line: b.line, side: b.side };
    if (b.tier) Object.assign(ref, { tier: b.tier, action: b.action, rule: b.rule });
    else if (tiered) ref.networkPolicy = b.role === "isolates" ? "isolated by" : "allow";
    const next = because[i + 1];
    if (b.role === "passes" && next && next.side === b.side && next.direction === b.direction) ref.passesTo = true;
    out.push(ref);
  });
  return out;
}
function refLabel(ref) {
  if (ref.tier) return `[${ref.tier}] ${ref.policy} rule ${ref.rule} ${ref.action}`;
  return ref.networkPolicy ? `[NetworkPolicy] ${ref.networkPolicy} ${ref.policy}` : ref.policy;
}
function joinRefs(refs, parts) {
  return parts.map((p, i) => i === 0 ? p : `${refs[i - 1].passesTo ? " \u2192 " : ", "}${p}`).join("");
}
function formatBecause(because) {
  const refs = policyRefs(because);
  return joinRefs(
    refs,
    refs.map((b) => `${refLabel(b)} (${b.file}:${b.line}${b.side === "base" ? ", before" : ""})`)
  );
}
function fallbackReason(run, row) {
  const all = (list, p) => list.every((i) => {
    const e = run.diff.endpoints[i];
    return e.kind !== "External" && e.presence === p;
  });
  if (row.kind === "closed" && (all(row.sources, "removed") || all(row.targets, "removed"))) return "workload removed";
  if (!isEmptyConns(row.after) && (all(row.sources, "added") || all(row.targets, "added"))) return "new workload, not isolated";
  if (!isEmptyConns(row.after)) return "no policy isolates it now";
  return "no policy named";
}

// src/report/render/source-links.ts
var SERVER = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*$/;
var REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function checkedLinks(l) {
  if (!l || !SERVER.test(l.serverUrl) || !REPOSITORY.test(l.repository) || !SHA.test(l.headSha) || !SHA.test(l.baseSha)) return null;
  return l;
}
function lineUrl(l, side, file, line) {
  const path13 = file.split("/").map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `${l.serverUrl.replace(/\/$/, "")}/${l.repository}/blob/${side === "base" ? l.baseSha : l.headSha}/${path13}#L${Math.max(1, line)}`;
}

// src/report/render/violation-sentence.ts
function fixedVerb(g, ports) {
  if (g.rule.kind === "forbid") return `no longer allows ${ports}`;
  return g.rule.ports === null ? "now allows something" : `now allows ${ports}`;
}
function violationSentence(model, g, labeler, style, fixed = false) {
  const esc2 = style.escape;
  const state = fixed ? "fixed" : g.isNew ? "new" : "pre-existing";
  const rule = `${style.tag(state)} ${g.rule.kind} rule ${style.ruleName(esc2(g.rule.name))} (${esc2(`${g.rule.source.file}:${g.rule.source.line}`)})`;
  if (!g.sources.length) return `${rule}: ${esc2(g.message ?? "")}`;
  const pairs = g.pairs > 1 ? ` (${g.pairs} pairs)` : "";
  const what = (fixed ? fixedVerb : violationVerb)(g, esc2(formatConns(g.ports)));
  const why = !fixed && g.because?.length ? `; why: ${esc2(formatBecause(g.because))}` : "";
  return `${rule}: ${labeler.set(g.sources, model.sets)} ${style.arrow} ${labeler.set(g.targets, model.sets)} ${what}${pairs}${why}`;
}

// src/report/render/markdown-parts.ts
var esc = escapeMarkdown;
function groupsSection(model, labeler) {
  const groups = labeler.groups();
  if (!groups.length) return "";
  const items = groups.map((g) => `- **${g.label}** (${g.members.length}): ${g.members.map((i) => esc(model.labels[i])).join(", ")}`);
  return ["<details><summary>Members of the groups named G1, G2, \u2026</summary>", "", ...items, "", "</details>"].join("\n");
}
var TAGS = { new: "\u26D4 **new**:", "pre-existing": "pre-existing:", fixed: "\u2714 fixed:" };
var MARKDOWN_STYLE = {
  escape: esc,
  tag: (state) => TAGS[state],
  ruleName: (name) => `**${name}**`,
  arrow: "\u2192"
};
function violationItems(model, labeler) {
  return [
    ...model.violations.map((g) => `- ${violationSentence(model, g, labeler, MARKDOWN_STYLE)}`),
    ...model.resolved.map((g) => `- ${violationSentence(model, g, labeler, MARKDOWN_STYLE, true)}`)
  ];
}
function changeCell(r) {
  const pairs = r.pairs > 1 ? ` (${r.pairs} pairs)` : "";
  const broken = rowBreak(r);
  if (!broken) return `${r.kind}${pairs}`;
  return `\u26D4 **${broken.forbidden ? "forbidden" : "required"}**${broken.isNew ? "" : ", pre-existing"}: ${r.kind}${pairs}`;
}
function policyCell(ref, links) {
  const before = ref.side === "base" ? " (before)" : "";
  const tier = ref.tier ? `[${ref.tier}] ` : ref.networkPolicy ? `[NetworkPolicy] ${ref.networkPolicy} ` : "";
  const what = ref.tier ? ` ${ref.action}` : "";
  const name = ref.policy.slice(ref.policy.indexOf("/") + 1);
  const label = ref.tier ? `${name} rule ${ref.rule}` : `${name}:${ref.line}`;
  if (!links) return `${esc(ref.tier ? `${tier}${label}${what} (${ref.file}:${ref.line})` : `${tier}${ref.file}:${ref.line}`)}${before}`;
  return `${esc(tier)}[${esc(label)}](${lineUrl(links, ref.side, ref.file, ref.line)})${esc(what)}${before}`;
}
function whyCell(model, r, links) {
  const parts = [];
  if (r.breaks.length) parts.push(`breaks ${r.breaks.map((b) => `**${esc(b.rule.name)}**`).join(", ")}`);
  const refs = policyRefs(r.because);
  parts.push(refs.length ? joinRefs(refs, refs.map((ref) => policyCell(ref, links))) : fallbackReason(model.run, r));
  return parts.join("; ");
}
var TABLE_HEADER = ["change", "from", "to", "ports", "why"];
function changeTableLines(model, rows, labeler, links = null) {
  const cells = rows.map((r) => [
    changeCell(r),
    labeler.set(r.sources, model.sets),
    labeler.set(r.targets, model.sets),
    `${esc(formatConns(r.before))} \u2192 ${esc(formatConns(r.after))}`,
    whyCell(model, r, links)
  ]);
  return markdownTable([TABLE_HEADER, ...cells], { alignDelimiters: false }).split("\n");
}
function matrixSection(model, reach2) {
  const names = reach2.endpoints.map((i) => esc(model.labels[i]));
  const rows = reach2.cells.map((cells, r) => [
    names[r],
    ...cells.map((c) => c.conns === null ? "\u2013" : c.changed ? `**${esc(formatConns(c.conns))}**` : esc(formatConns(c.conns)))
  ]);
  return [
    "Rows are sources, columns destinations; **bold** cells changed in this pull request; \u2013 is no flow (a workload to itself, or two external ranges).",
    "",
    markdownTable([["from \\ to", ...names], ...rows], { alignDelimiters: false })
  ];
}
function reachSection(model, labeler) {
  const { reach: reach2 } = model;
  const n = reach2.endpoints.length;
  const out = [`<details><summary>Reachability after this change (${n} endpoint${n === 1 ? "" : "s"})</summary>`, ""];
  if (reach2.kind === "matrix") out.push(...matrixSection(model, reach2));
  else if (reach2.kind === "lists") {
    out.push("Every allowed flow, grouped; a pair that is not listed allows nothing.", "");
    for (const b of reach2.blocks) out.push(`- ${labeler.set(b.sources, model.headSets)} \u2192 ${labeler.set(b.targets, model.headSets)}: ${esc(formatConns(b.value))}`);
  } else {
    out.push(`The state after this change has ${reach2.classes} classes of endpoints, too many to list here: run \`flowgate reach\` or see the JSON report.`);
  }
  out.push("", "</details>");
  return out.join("\n");
}

// src/report/model/warning-groups.ts
var LINT_TITLES = {
  "dns-blocked": "DNS blocked by egress isolation (A-33)",
  "dangling-policy": "Policies that select no workload (A-14)",
  "unresolved-named-port": "Named ports that no container serves (A-26)",
  "host-network": "hostNetwork workloads: NetworkPolicy behaviour undefined (A-31)",
  "implicit-policy-types": "policyTypes not written (A-3e)",
  "ipblock-some-pods": "ipBlocks over part of the pod CIDRs (A-22)",
  "dangling-tiered-policy": "Cluster policies that select no workload (T-7)",
  "networks-some-pods": "Cluster policy networks that may hold pod addresses (T-9)",
  "equal-priority": "Cluster policies of equal priority that overlap (T-14)",
  "shadowed-deny": "Deny rules shadowed by a higher-precedence Accept (T-4)",
  "pass-to-nothing": "Pass rules with nothing after them (T-4)"
};
function groupWarnings(warnings) {
  const sections = /* @__PURE__ */ new Map();
  const sorted = [...warnings].sort((a, b) => Number(b.isNew) - Number(a.isNew));
  for (const { warning: w, isNew } of sorted) {
    const s = sections.get(w.code) ?? { items: /* @__PURE__ */ new Map(), count: 0, newCount: 0 };
    sections.set(w.code, s);
    s.count++;
    if (isNew) s.newCount++;
    const key = `${isNew}|${w.message}`;
    const item = s.items.get(key) ?? { message: w.message, isNew, subjects: [] };
    s.items.set(key, item);
    item.subjects.push(subjectOf(w));
  }
  return Object.keys(LINT_TITLES).filter((code) => sections.has(code)).map((code) => {
    const s = sections.get(code);
    return { code, title: LINT_TITLES[code], count: s.count, newCount: s.newCount, items: [...s.items.values()] };
  });
}
function subjectOf(w) {
  return { subject: w.subject, file: w.file, line: w.line };
}

// src/report/render/markdown-warnings.ts
var SUBJECT_LIMIT = 5;
var DIAGNOSTIC_LIMIT = { full: 100, brief: 10 };
function diagnosticLine(d) {
  const side = d.side ? ` (${d.side})` : "";
  return `- **${d.severity}**${side} ${escapeMarkdown(`${d.file}:${d.line}`)}: ${escapeMarkdown(d.message)}`;
}
function diagnosticsPart(model, mode) {
  const ds = model.diagnostics;
  if (!ds.length) return [];
  const errors = ds.filter((d) => d.severity === "error").length;
  const shown = mode === "full" ? ds.slice(0, DIAGNOSTIC_LIMIT.full) : ds.filter((d) => d.severity === "error").slice(0, DIAGNOSTIC_LIMIT.brief);
  const rest = ds.length - errors;
  const out = [`**Input problems:** ${errors} error${errors === 1 ? "" : "s"}, ${rest} warning${rest === 1 ? "" : "s"}`, ""];
  out.push(...shown.map(diagnosticLine));
  if (shown.length < ds.length) out.push(`- \u2026 and ${ds.length - shown.length} more (see the JSON report)`);
  out.push("");
  return out;
}
function lintPart(model, mode) {
  const sections = groupWarnings(model.warnings);
  if (!sections.length) return [];
  const out = [];
  for (const s of sections) {
    const fresh = s.newCount ? `, ${s.newCount} new in this change` : ", none new";
    out.push(`- **${s.title}**: ${s.count}${fresh}`);
    if (mode === "brief") continue;
    for (const item of s.items) {
      const names = item.subjects.slice(0, SUBJECT_LIMIT).map((x) => `${escapeMarkdown(x.subject)} (${escapeMarkdown(`${x.file}:${x.line}`)})`);
      if (item.subjects.length > SUBJECT_LIMIT) names.push(`and ${item.subjects.length - SUBJECT_LIMIT} more`);
      out.push(`  - ${item.isNew ? "" : "pre-existing: "}${names.join(", ")}: ${escapeMarkdown(item.message)}`);
    }
  }
  return ["**Policy warnings** (after the change):", "", ...out, ""];
}
var FIRST_WARNINGS = 3;
function firstWarnings(model) {
  const lint = (isNew) => model.warnings.filter((w) => w.isNew === isNew).map(({ warning: w }) => ({ title: LINT_TITLES[w.code], subject: w.subject, file: w.file, line: w.line }));
  const input = model.diagnostics.filter((d) => d.severity !== "error").map((d) => ({ title: `Input ${d.severity}`, subject: d.message, file: d.file, line: d.line }));
  const all = [...lint(true), ...input, ...lint(false)];
  const lines = all.slice(0, FIRST_WARNINGS).map((w) => `- \u26A0 ${escapeMarkdown(w.title)}: ${escapeMarkdown(w.subject)} (${escapeMarkdown(`${w.file}:${w.line}`)})`);
  if (all.length > FIRST_WARNINGS) lines.push(`- \u2026 and ${all.length - FIRST_WARNINGS} more under **Warnings** below`);
  return lines;
}
function warningsSection(model, mode) {
  const parts = [...diagnosticsPart(model, mode), ...lintPart(model, mode)];
  if (!parts.length) return "";
  return ["#### Warnings", "", ...parts].join("\n").trimEnd();
}

// src/report/render/mermaid.ts
var MERMAID_EDGE_LIMIT = 15;
function edgeLabel(r) {
  const what = r.kind === "opened" ? formatConns(r.after) : r.kind === "closed" ? formatConns(r.before) : `${formatConns(r.before)} to ${formatConns(r.after)}`;
  const broken = rowBreak(r);
  const prefix = broken ? `${broken.forbidden ? "FORBIDDEN" : "REQUIRED"} ` : "";
  return `${prefix}${r.kind}: ${what}`;
}
function renderMermaid(rows, sets) {
  if (!rows.length || rows.length > MERMAID_EDGE_LIMIT) return null;
  const nodes = /* @__PURE__ */ new Map();
  const lines = ["```mermaid", "flowchart LR"];
  const node = (members) => {
    const key = members.join(",");
    let id = nodes.get(key);
    if (id === void 0) {
      id = `n${nodes.size}`;
      nodes.set(key, id);
      lines.push(`  ${id}["${escapeMermaid(formatSet(sets.describe(members), (s) => s))}"]`);
    }
    return id;
  };
  const edges = [];
  for (const r of rows) {
    const from = node(r.sources);
    const to = node(r.targets);
    const arrow = r.breaks.length ? "==>" : r.kind === "closed" ? "-.->" : "-->";
    edges.push(`  ${from} ${arrow}|"${escapeMermaid(edgeLabel(r))}"| ${to}`);
  }
  return [...lines, ...edges, "```"].join("\n");
}

// src/report/render/markdown.ts
var MARKER2 = "<!-- flowgate-report -->";
var MAX_COMMENT_CHARS = 6e4;
var OPEN_ROWS = 20;
function safeUrl(url) {
  if (!url || !/^https?:\/\/[^\s<>()[\]"'`]+$/.test(url)) return null;
  return url;
}
function fullResultNote(options) {
  const url = safeUrl(options.summaryUrl);
  const json = "the JSON report (`flowgate diff --format json`)";
  return url ? `the [job summary](${url}) and ${json}` : json;
}
function toolsNote(tools) {
  return tools?.length ? ` Rendered with ${escapeMarkdown(tools.join(", "))}.` : "";
}
function tableSection(model, plan, labeler, links) {
  const out = ["#### Changed flows", ""];
  if (!model.rows.length) return [...out, "No flow between workloads or external addresses changed."];
  const shown = model.rows.slice(0, plan.maxRows);
  const lines = changeTableLines(model, shown, labeler, links);
  const [header, delimiter] = [lines[0], lines[1]];
  const rows = lines.slice(2);
  const open = Math.max(OPEN_ROWS, shown.filter((r) => rowRank(r) < 2).length);
  out.push(header, delimiter, ...rows.slice(0, open));
  if (rows.length > open) {
    out.push("", `<details><summary>${rows.length - open} more row${rows.length - open === 1 ? "" : "s"}</summary>`, "", header, delimiter, ...rows.slice(open), "", "</details>");
  }
  return out;
}
function headPart(model, options) {
  const { run } = model;
  const v = verdict(run);
  const out = options.section !== void 0 ? [options.section, ""] : [options.marker ?? MARKER2, "### flowgate: network flows changed by this pull request", ""];
  const see = run.exitCode === 2 ? " (see **Input problems** under Warnings)" : "";
  out.push(`**${v.pass ? "\u2705 Pass" : "\u274C Fail"} \u2014 ${escapeMarkdown(v.text)}**${see}`, "");
  if (options.rulesNote) out.push(`_${escapeMarkdown(options.rulesNote)}_`, "");
  out.push(headlineCounts(model).map((c) => `**${c.label}:** ${c.value}`).join(" \xB7 "), "");
  const top = firstWarnings(model);
  if (top.length) out.push(...top, "");
  return out;
}
function violationsPart(model, plan, labeler, leftOut) {
  if (!model.violations.length && !model.resolved.length) return [];
  const lines = violationItems(model, labeler);
  const out = ["#### Rule violations", "", ...lines.slice(0, plan.maxViolations)];
  if (lines.length > plan.maxViolations) {
    out.push(`- \u2026 and ${lines.length - plan.maxViolations} more violation group${lines.length - plan.maxViolations === 1 ? "" : "s"}, left out for size`);
    leftOut.push(`${lines.length - plan.maxViolations} of ${lines.length} violation groups`);
  }
  out.push("");
  return out;
}
function compose(model, options, plan, held) {
  const labeler = new GroupLabeler(escapeMarkdown, plan.groups);
  const { run } = model;
  const out = headPart(model, options);
  const leftOut = [...plan.leftOut];
  out.push(...violationsPart(model, plan, labeler, leftOut));
  out.push(...tableSection(model, plan, labeler, checkedLinks(options.links)), "");
  if (model.rows.length > plan.maxRows) leftOut.push(`${model.rows.length - plan.maxRows} of ${model.rows.length} rows of the change table`);
  const mermaid = plan.mermaid ? renderMermaid(model.rows, model.sets) : null;
  if (mermaid) out.push(mermaid, "");
  if (plan.reach) out.push(reachSection(model, labeler), "");
  const groups = groupsSection(model, labeler);
  if (groups) out.push(groups, "");
  const warnings = plan.warnings === "none" ? "" : warningsSection(model, plan.warnings);
  if (held) Object.assign(held, { groups: groups !== "", mermaid: mermaid !== null, warnings: warnings !== "" });
  if (warnings) out.push(warnings, "");
  if (leftOut.length) {
    out.push(`**Left out to stay under GitHub's comment size limit:** ${leftOut.join("; ")}. The full result is in ${fullResultNote(options)}.`, "");
  }
  out.push(`<sub>${ipBlockNote(run)} Full result: ${fullResultNote(options)}.${toolsNote(options.tools)}</sub>`);
  return `${out.join("\n")}
`;
}
function stages(model, held) {
  const all = { maxViolations: Infinity, maxRows: Infinity };
  const reach2 = model.reach.kind === "too-large" ? [] : ["the reachability after the change"];
  const detail = [...reach2, ...held.groups ? ["the members of folded groups"] : [], ...held.mermaid ? ["the graph"] : []];
  const warnings = held.warnings ? ["the detail of warnings"] : [];
  return [
    { reach: true, groups: true, mermaid: true, warnings: "full", ...all, leftOut: [] },
    { reach: false, groups: true, mermaid: true, warnings: "full", ...all, leftOut: reach2 },
    { reach: false, groups: false, mermaid: false, warnings: "full", ...all, leftOut: detail },
    { reach: false, groups: false, mermaid: false, warnings: "brief", ...all, leftOut: [...detail, ...warnings] }
  ];
}
function fit(model, options, plan, max) {
  let p = { ...plan, maxViolations: 0, maxRows: 0 };
  let room = max - compose(model, options, p).length - 400;
  if (room < 0 && plan.warnings !== "none") return fit(model, options, { ...plan, warnings: "none", leftOut: [...plan.leftOut, "the warnings"] }, max);
  const violations = violationItems(model, new GroupLabeler(escapeMarkdown, false));
  let nv = 0;
  while (nv < violations.length && violations[nv].length + 1 <= room) room -= violations[nv++].length + 1;
  const rows = changeTableLines(model, model.rows, new GroupLabeler(escapeMarkdown, false), checkedLinks(options.links)).slice(2);
  let nr = 0;
  while (nr < rows.length && rows[nr].length + 1 <= room) room -= rows[nr++].length + 1;
  p = { ...p, maxViolations: nv, maxRows: nr };
  let text = compose(model, options, p);
  while (text.length > max && (p.maxRows > 0 || p.maxViolations > 0)) {
    p = p.maxRows > 0 ? { ...p, maxRows: Math.floor(p.maxRows * 0.9) } : { ...p, maxViolations: Math.floor(p.maxViolations * 0.9) };
    text = compose(model, options, p);
  }
  return text.length <= max ? text : hardCut(text, max);
}
function hardCut(text, max) {
  const note = "\n\n**The report was cut to stay under GitHub's comment size limit; see the job summary and the JSON report.**\n";
  const cut2 = text.lastIndexOf("\n", max - note.length);
  return `${text.slice(0, Math.max(cut2, 0))}${note}`;
}
function renderMarkdown(run, options = {}) {
  const model = buildReportModel(run);
  const max = options.maxChars ?? MAX_COMMENT_CHARS;
  const held = { groups: false, mermaid: false, warnings: false };
  const first = compose(model, options, stages(model, held)[0], held);
  if (first.length <= max) return first;
  const plans = stages(model, held).slice(1);
  for (const plan of plans) {
    const text = compose(model, options, plan);
    if (text.length <= max) return text;
  }
  return fit(model, options, plans[plans.length - 1], max);
}

// src/report/render/reach.ts
var UNRESTRICTED_NAMED = 5;
function unrestrictedEndpoints(r) {
  const classes = r.reach.classification.classes;
  const out = /* @__PURE__ */ new Set();
  r.endpoints.forEach((e, i) => {
    if (e.kind !== "External" && classes[e.cls].subjectOf.length === 0 && classes[e.cls].tierSubjectOf.length === 0) out.add(i);
  });
  return out;
}
function* restrictedFlows(r, free) {
  const open = (i) => free.has(i) || r.endpoints[i].kind === "External";
  for (const f of flowPairs(r)) if (!(open(f.from) && open(f.to))) yield f;
}
function anyRestricted(r, free) {
  return !restrictedFlows(r, free).next().done;
}
function unrestrictedLine(r, free, esc2) {
  if (!free.size) return null;
  const ids2 = [...free].map((i) => esc2(r.endpoints[i].id));
  const named = ids2.length > UNRESTRICTED_NAMED + 1 ? [...ids2.slice(0, UNRESTRICTED_NAMED), `and ${ids2.length - UNRESTRICTED_NAMED} more`] : ids2;
  const workloads = r.endpoints.filter((e) => e.kind !== "External").length;
  const what = r.reach.index.tiered.length ? "NetworkPolicy or cluster policy" : "NetworkPolicy";
  const who = free.size === workloads ? `No ${what} selects any of the ${free.size} workloads` : `${free.size} of ${workloads} workloads are selected by no ${what}`;
  return `${who} (${named.join(", ")}): between them, and to and from any external address, every connection is allowed (A-10, A-12).`;
}
function warningLines(warnings, esc2, bullet) {
  return warnings.map((w) => `${bullet}${esc2(`${w.file}:${w.line}`)}: ${esc2(w.subject)}: ${esc2(w.message)} [${LINT_TITLES[w.code]}]`);
}
function diagnosticLines(diags, esc2, bullet) {
  return diags.map((d) => `${bullet}${d.severity}: ${esc2(`${d.file}:${d.line}`)}: ${esc2(d.message)}`);
}
function* reachTextChunks(a) {
  const r = a.result;
  const free = unrestrictedEndpoints(r);
  let flows = 0;
  for (const f of restrictedFlows(r, free)) {
    flows++;
    yield `${escapeText(r.endpoints[f.from].id)} => ${escapeText(r.endpoints[f.to].id)} : ${formatConns(f.conns)}
`;
  }
  const lines = [];
  const summary = unrestrictedLine(r, free, escapeText);
  if (summary) lines.push(...flows ? [""] : [], summary);
  if (!flows && !summary) lines.push("no flow is allowed");
  if (a.warnings.length) lines.push("", "Warnings:", ...warningLines(a.warnings, escapeText, "  "));
  const diags = a.diagnostics.map((d) => `${escapeText(d.file)}:${d.line}: ${d.severity}: ${escapeText(d.message)}`);
  if (diags.length) lines.push("", ...diags);
  if (lines.length) yield `${lines.join("\n")}
`;
}
function matrix2(r) {
  const conns = new Map([...flowPairs(r)].map((f) => [`${f.from}:${f.to}`, formatConns(f.conns)]));
  const names = r.endpoints.map((e) => escapeMarkdown(e.id));
  const rows = r.endpoints.map((a, i) => [
    names[i],
    ...r.endpoints.map((b, j) => i === j ? "n/a" : a.kind === "External" && b.kind === "External" ? "" : escapeMarkdown(conns.get(`${i}:${j}`) ?? "none"))
  ]);
  return ["Rows are sources, columns destinations.", "", markdownTable([["from \\ to", ...names], ...rows])];
}
function* perSource(r, flows) {
  let from = -1;
  let reached = [];
  const item = () => `- **${escapeMarkdown(r.endpoints[from].id)}** reaches ${reached.join(", ")}`;
  for (const f of flows) {
    if (f.from !== from) {
      if (reached.length) yield item();
      from = f.from;
      reached = [];
    }
    reached.push(`${escapeMarkdown(r.endpoints[f.to].id)} (${escapeMarkdown(formatConns(f.conns))})`);
  }
  if (reached.length) yield item();
}
function* reachMarkdownLines(a) {
  const r = a.result;
  yield* ["### Reachability", ""];
  const free = unrestrictedEndpoints(r);
  const summary = unrestrictedLine(r, free, escapeMarkdown);
  const restricted = anyRestricted(r, free);
  if (summary) yield summary;
  if (restricted && r.endpoints.length <= MATRIX_LIMIT) yield* [...summary ? [""] : [], ...matrix2(r)];
  else if (restricted) yield* [...summary ? ["", "Flows that a policy restricts (a pair not listed allows nothing):", ""] : [], ...perSource(r, restrictedFlows(r, free))];
  else if (!summary) yield "No flow is allowed.";
  if (a.warnings.length) yield* ["", "### Warnings", "", ...warningLines(a.warnings, escapeMarkdown, "- ")];
  if (a.diagnostics.length) yield* ["", "### Diagnostics", "", ...diagnosticLines(a.diagnostics, escapeMarkdown, "- ")];
}
function* reachMarkdownChunks(a) {
  for (const line of reachMarkdownLines(a)) yield `${line}
`;
}

// src/report/render/sarif.ts
var MAX_SARIF_RESULTS = 5e3;
var MAX_SARIF_CHARS = 1e7;
var TOOL_URI = "https://github.com/flowgate/flowgate";
function fingerprint(parts) {
  const text = parts.join("\0");
  let a = 2166136261;
  let b = 16777619 ^ 1540483477;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619) >>> 0;
    b = Math.imul(b ^ c, 1540483477) >>> 0;
  }
  return `${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`;
}
function location(file, line) {
  const uri = file.split("/").map(encodeURIComponent).join("/");
  return { physicalLocation: { artifactLocation: { uri }, region: { startLine: Math.max(1, line) } } };
}
function policyOf(run, changeAt, v) {
  const from = v.sources[0];
  const to = v.targets[0];
  if (from === void 0 || to === void 0) return null;
  const joint = (i) => run.diff.endpoints[i].joint;
  const because = changeAt(joint(from), joint(to))?.because ?? [];
  return because.find((b) => b.side === "head") ?? null;
}
function endIds(run, list) {
  const ids2 = list.slice(0, list.length > 3 ? 2 : 3).map((i) => run.diff.endpoints[i].id);
  return list.length > 3 ? `${ids2.join(", ")} and ${list.length - 2} more` : ids2.join(", ");
}
function violationEntry(run, changeAt, v) {
  const ruleId = `flowgate/${v.rule.kind}/${v.rule.name}`;
  const rule = { id: ruleId, name: v.rule.name, shortDescription: { text: `${v.rule.kind} rule ${v.rule.name} (${v.rule.source.file}:${v.rule.source.line})` } };
  const verb = v.rule.kind === "forbid" ? `allows ${formatConns(v.ports)}` : v.rule.ports === null ? "allows nothing" : `does not allow ${formatConns(v.ports)}`;
  const onPairs = v.sources.length > 0 && v.targets.length > 0;
  const what = onPairs ? `${endIds(run, v.sources)} \u2192 ${endIds(run, v.targets)} ${verb}${v.pairs > 1 ? ` (${v.pairs} pairs)` : ""}` : v.message;
  const policy = policyOf(run, changeAt, v);
  const ruleAt = location(v.rule.source.file, v.rule.source.line);
  const text = `${v.isNew ? "New" : "Pre-existing"} violation of ${v.rule.kind} rule "${v.rule.name}": ${what}${policy ? ` (policy ${policy.policy})` : ""}.`;
  const ids2 = (list) => list.map((i) => run.diff.endpoints[i].id).join(",");
  return {
    rank: v.isNew ? 0 : 2,
    rule,
    result: {
      ruleId,
      level: v.isNew ? "error" : "warning",
      message: { text },
      locations: [policy ? location(policy.file, policy.line) : ruleAt],
      relatedLocations: [{ id: 1, ...ruleAt, message: { text: `the ${v.rule.kind} rule "${v.rule.name}"` } }],
      baselineState: v.isNew ? "new" : "unchanged",
      partialFingerprints: { "flowgateViolation/v1": fingerprint([ruleId, ids2(v.sources), ids2(v.targets)]) }
    }
  };
}
function diagnosticEntry(d) {
  const ruleId = `flowgate/input/${d.code}`;
  const level = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "note";
  return {
    rank: d.severity === "error" ? 1 : 3,
    rule: { id: ruleId, name: d.code, shortDescription: { text: `Input problem: ${d.code}` } },
    result: {
      ruleId,
      level,
      message: { text: `${d.side ? `(${d.side}) ` : ""}${d.message}` },
      locations: [location(d.file, d.line)],
      partialFingerprints: { "flowgateInput/v1": fingerprint([ruleId, d.side ?? "", d.file, d.message]) }
    }
  };
}
function warningEntry({ warning: w, isNew }) {
  const ruleId = `flowgate/lint/${w.code}`;
  return {
    rank: isNew ? 3 : 4,
    rule: { id: ruleId, name: w.code, shortDescription: { text: LINT_TITLES[w.code] } },
    result: {
      ruleId,
      level: isNew ? "warning" : "note",
      message: { text: `${w.subject}: ${w.message} (${w.ref})` },
      locations: [location(w.file, w.line)],
      baselineState: isNew ? "new" : "unchanged",
      partialFingerprints: { "flowgateLint/v1": fingerprint([ruleId, w.subject, w.message]) }
    }
  };
}
function summaryEntry(left, total, at) {
  const ruleId = "flowgate/left-out";
  return {
    rank: 0,
    rule: { id: ruleId, name: "left-out", shortDescription: { text: "Results left out to stay within code scanning limits" } },
    result: {
      ruleId,
      level: "warning",
      message: { text: `${left} of ${total} results were left out to stay within GitHub code scanning's limits (5,000 results, 10 MB); the JSON report (flowgate diff --format json) has them all.` },
      locations: [at],
      partialFingerprints: { "flowgateLeftOut/v1": fingerprint([ruleId]) }
    }
  };
}
function logOf(entries, options) {
  const rules = /* @__PURE__ */ new Map();
  for (const e of entries) if (!rules.has(e.rule.id)) rules.set(e.rule.id, e.rule);
  const ids2 = [...rules.keys()].sort();
  const index = new Map(ids2.map((id, i) => [id, i]));
  const driver = { name: "flowgate", informationUri: TOOL_URI, ...options.version ? { version: options.version } : {}, rules: ids2.map((id) => rules.get(id)) };
  const results = entries.map((e) => ({ ...e.result, ruleIndex: index.get(e.rule.id) }));
  const log = { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [{ tool: { driver }, results }] };
  return `${JSON.stringify(log, null, 2)}
`;
}
function renderSarif(run, options = {}) {
  const changeAt = changeIndex(run.diff);
  const entries = [...run.violations.map((v) => violationEntry(run, changeAt, v)), ...run.diagnostics.map(diagnosticEntry), ...run.warnings.map(warningEntry)];
  const ranked = entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.rank - b.e.rank || a.i - b.i).map(({ e }) => e);
  let keep = Math.min(ranked.length, MAX_SARIF_RESULTS);
  for (; ; ) {
    const left = ranked.length - keep;
    const kept = ranked.slice(0, keep);
    const first = ranked[0]?.result.locations[0] ?? location(".", 1);
    const text = logOf(left ? [...kept.slice(0, keep - 1), summaryEntry(left + 1, ranked.length, first)] : kept, options);
    if (text.length <= MAX_SARIF_CHARS || keep <= 1) return text;
    keep = Math.max(1, Math.floor(keep * 0.8));
  }
}

// src/report/render/text.ts
var TEXT_STYLE = {
  escape: escapeText,
  tag: (state) => ({ new: "NEW", "pre-existing": "pre-existing", fixed: "FIXED" })[state],
  ruleName: (name) => `"${name}"`,
  arrow: "->"
};
function groupLines(model, groups) {
  return groups.groups().map((g) => `  ${g.label} (${g.members.length}): ${g.members.map((i) => escapeText(model.labels[i])).join(", ")}`);
}
function rowLines(model, r, groups) {
  const flows = r.pairs > 1 ? ` (${r.pairs} pairs)` : "";
  const broken = rowBreak(r);
  const mark = broken ? `${broken.forbidden ? "FORBIDDEN" : "REQUIRED"}${broken.isNew ? "" : " (pre-existing)"} ` : "";
  const because = escapeText(formatBecause(r.because));
  const out = [
    `  ${mark}${r.kind}${flows}: ${groups.set(r.sources, model.sets)} -> ${groups.set(r.targets, model.sets)}`,
    `      ports: ${formatConns(r.before)} -> ${formatConns(r.after)}`
  ];
  if (r.breaks.length) out.push(`      breaks: ${r.breaks.map((b) => `"${escapeText(b.rule.name)}"`).join(", ")}`);
  out.push(`      why: ${because || fallbackReason(model.run, r)}`);
  return out;
}
function reachLines(model, groups) {
  const { reach: reach2 } = model;
  const ids2 = model.labels.map(escapeText);
  if (reach2.kind === "too-large") return [`  ${reach2.classes} classes of endpoints: too many to list; run flowgate reach.`];
  if (reach2.kind === "lists") {
    return ["  (a pair that is not listed allows nothing)", ...reach2.blocks.map((b) => `  ${groups.set(b.sources, model.headSets)} -> ${groups.set(b.targets, model.headSets)}: ${formatConns(b.value)}`)];
  }
  const legend = reach2.endpoints.map((i, k) => `  [${k + 1}] ${ids2[i]}`);
  const table = [["from \\ to", ...reach2.endpoints.map((_i, k) => `[${k + 1}]`)]];
  reach2.cells.forEach((cells, r) => table.push([`[${r + 1}]`, ...cells.map((c) => c.conns === null ? "-" : `${formatConns(c.conns)}${c.changed ? " *" : ""}`)]));
  const widths = table[0].map((_c, k) => Math.max(...table.map((row) => row[k].length)));
  const grid = table.map((row) => `  ${row.map((c, k) => c.padEnd(widths[k])).join("  ")}`.trimEnd());
  return [...legend, "", ...grid, "  (* changed in this diff; - no flow)"];
}
function warningLines2(model) {
  const out = [];
  for (const d of model.diagnostics) out.push(`  ${escapeText(`${d.file}:${d.line}`)}: ${d.severity}${d.side ? ` (${d.side})` : ""}: ${escapeText(d.message)} [${d.code}]`);
  for (const s of groupWarnings(model.warnings)) {
    out.push(`  ${s.title}: ${s.count} (${s.newCount} new)`);
    for (const item of s.items) {
      for (const x of item.subjects) out.push(`    ${escapeText(`${x.file}:${x.line}`)}: ${escapeText(x.subject)}: ${item.isNew ? "" : "pre-existing: "}${escapeText(item.message)}`);
    }
  }
  return out;
}
function renderText(run) {
  const model = buildReportModel(run);
  const groups = new GroupLabeler(escapeText);
  const v = verdict(run);
  const out = [`flowgate: ${v.pass ? "PASS" : "FAIL"} - ${v.text}`, headlineCounts(model).map((c) => `${c.label}: ${c.value}`).join(" | "), ""];
  const violations = [...model.violations.map((g) => violationSentence(model, g, groups, TEXT_STYLE)), ...model.resolved.map((g) => violationSentence(model, g, groups, TEXT_STYLE, true))];
  if (violations.length) out.push("Rule violations:", ...violations.map((l) => `  ${l}`), "");
  out.push("Changed flows:");
  if (!model.rows.length) out.push("  no flow changed");
  for (const r of model.rows) out.push(...rowLines(model, r, groups));
  out.push("", "Reachability after the change:", ...reachLines(model, groups), "");
  const folded = groupLines(model, groups);
  if (folded.length) out.push("Groups:", ...folded, "");
  const warnings = warningLines2(model);
  if (warnings.length) out.push("Warnings:", ...warnings, "");
  out.push(`Note: ${ipBlockNote(model.run)}`);
  return `${out.join("\n")}
`;
}

// src/cli/diff-environments.ts
import { promises as fs9 } from "node:fs";
import os2 from "node:os";
import path11 from "node:path";

// src/analyze-environments.ts
function environmentChanged(run) {
  return run.diff.groups.length > 0 || run.counts.newViolations > 0 || run.counts.resolved > 0 || run.counts.errors > 0 || run.exitCode !== 0;
}
function sumCounts(runs) {
  const z = { opened: 0, closed: 0, portsChanged: 0, violations: 0, newViolations: 0, resolved: 0, errors: 0 };
  for (const r of runs) for (const k of Object.keys(z)) z[k] += r.counts[k];
  return z;
}
function unknownEnvironmentRules(input) {
  if (!input.detected || !input.rules) return [];
  const names = new Set(input.environments.map((e) => e.spec.name));
  const config = parseRulesFile(input.rules.path, input.rules.text).config;
  return (config?.rules ?? []).filter((r) => r.environments?.some((n) => !names.has(n))).map((r) => ({
    severity: "error",
    code: "rules-unknown-environment",
    file: r.source.file,
    line: r.source.line,
    message: `rule "${r.name}" names environment${r.environments.length === 1 ? "" : "s"} ${r.environments.map((n) => `"${n}"`).join(", ")}, but the environments analysed are ${[...names].join(", ")} (detected: pin them with environments: in the rules file)`
  }));
}
function analyzeEnvironments(input) {
  const extra = unknownEnvironmentRules(input);
  const environments = input.environments.map((e, i) => ({
    spec: e.spec,
    run: analyzeDiff({
      ...input,
      base: e.base.files,
      head: e.head.files,
      baseDiagnostics: e.base.diagnostics,
      headDiagnostics: i === 0 ? [...extra, ...e.head.diagnostics] : e.head.diagnostics,
      // helm template --namespace does not write it into objects; the release is installed there.
      environment: { name: e.spec.name, first: i === 0, ...e.spec.source.kind === "helm" && e.spec.source.namespace ? { namespace: e.spec.source.namespace } : {} }
    })
  }));
  const exitCode = Math.max(0, ...environments.map((e) => e.run.exitCode));
  const failing = environments.filter((e) => e.run.exitCode !== 0);
  const reason = environments.length === 1 ? environments[0].run.reason : failing.length ? failing.map((e) => `${e.spec.name}: ${e.run.reason}`).join("; ") : `all ${environments.length} environments pass (${environments.filter((e) => environmentChanged(e.run)).length} changed)`;
  return { environments, detected: input.detected, tools: input.tools, counts: sumCounts(environments.map((e) => e.run)), exitCode, reason };
}

// src/io/extract-git-tree.ts
import { promises as fs2 } from "node:fs";
import path3 from "node:path";
var BATCH2 = 400;
async function extractGitTree(ref, cwd, dest, prefix = "") {
  const tree = await resolveTree(ref, cwd);
  const pre = prefix.replace(/^\/+|\/+$/g, "");
  const listing = (await runGit(cwd, ["ls-tree", "-r", "-z", "--full-tree", tree, ...pre ? ["--", pre] : []])).toString("utf8").split("\0").filter(Boolean);
  const entries = listing.map((e) => {
    const tab = e.indexOf("	");
    const [mode, type, sha] = e.slice(0, tab).split(/ +/);
    return { mode, type, sha, path: e.slice(tab + 1) };
  }).filter((e) => !pre || e.path.startsWith(`${pre}/`)).map((e) => pre ? { ...e, path: e.path.slice(pre.length + 1) } : e);
  if (pre && !entries.length) throw new UserError(`git:${ref}:${pre}: not a folder of that revision`);
  const blobs = entries.filter((e) => e.type === "blob");
  for (let i = 0; i < blobs.length; i += BATCH2) {
    const batch = blobs.slice(i, i + BATCH2);
    const contents = await readBlobs(batch.map((b) => b.sha), cwd);
    for (const [j, b] of batch.entries()) {
      const file = path3.join(dest, b.path);
      const rel = path3.relative(dest, file);
      if (rel.startsWith("..") || path3.isAbsolute(rel)) continue;
      await fs2.mkdir(path3.dirname(file), { recursive: true });
      if (b.mode === "120000") {
        const target = contents[j].toString("utf8");
        const end = path3.resolve(path3.dirname(file), target);
        const inside2 = path3.relative(dest, end);
        if (!path3.isAbsolute(target) && !inside2.startsWith("..") && !path3.isAbsolute(inside2)) await fs2.symlink(target, file);
        continue;
      }
      await fs2.writeFile(file, contents[j], { mode: b.mode === "100755" ? 493 : 420 });
    }
  }
}

// src/render/render-environments.ts
import { promises as fs8 } from "node:fs";
import os from "node:os";
import path10 from "node:path";

// src/environments/detect-environments.ts
import path4 from "node:path/posix";

// src/environments/kustomization-refs.ts
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var LOADED = ["resources", "bases", "components", "transformers", "generators", "validators", "crds", "configurations", "patchesStrategicMerge"];
function isRemoteRef(ref) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^git(@|::)/.test(ref) || /^(github\.com|gitlab\.com|bitbucket\.org)[/:]/.test(ref) || /\?(ref|version|timeout|submodules)=/.test(ref) || /^[\w.-]+\.[a-z]{2,}\/[^/]+\/[^/]+\/\//.test(ref);
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function add(out, field, ref) {
  if (isRemoteRef(ref)) out.remote.push({ field, ref });
  else out.local.push({ field, path: ref });
}
function generatorFiles(out, field, list) {
  if (!Array.isArray(list)) return;
  for (const g of list) {
    if (!isRecord(g)) continue;
    for (const f of strings(g.files)) add(out, `${field}.files`, f.includes("=") ? f.slice(f.indexOf("=") + 1) : f);
    for (const f of strings(g.envs)) add(out, `${field}.envs`, f);
    if (typeof g.env === "string") add(out, `${field}.env`, g.env);
  }
}
function kustomizationRefs(doc) {
  const out = { local: [], remote: [], charts: [] };
  if (!isRecord(doc)) return out;
  for (const field of LOADED) for (const r of strings(doc[field])) add(out, field, r);
  for (const field of ["patches", "patchesJson6902", "replacements"]) {
    const list = doc[field];
    if (Array.isArray(list)) {
      for (const p of list) if (isRecord(p) && typeof p.path === "string") add(out, `${field}.path`, p.path);
    }
  }
  if (isRecord(doc.openapi) && typeof doc.openapi.path === "string") add(out, "openapi.path", doc.openapi.path);
  generatorFiles(out, "configMapGenerator", doc.configMapGenerator);
  generatorFiles(out, "secretGenerator", doc.secretGenerator);
  const home = isRecord(doc.helmGlobals) && typeof doc.helmGlobals.chartHome === "string" ? doc.helmGlobals.chartHome : "charts";
  if (Array.isArray(doc.helmCharts)) {
    for (const c of doc.helmCharts) {
      if (!isRecord(c) || typeof c.name !== "string") continue;
      out.charts.push({ name: c.name, version: typeof c.version === "string" ? c.version : null, home });
      if (typeof c.valuesFile === "string") add(out, "helmCharts.valuesFile", c.valuesFile);
    }
  }
  return out;
}

// src/environments/detect-environments.ts
var dirOf = (p) => path4.dirname(p) === "." ? "" : path4.dirname(p);
var under = (p, dir) => dir === "" || p === dir || p.startsWith(`${dir}/`);
function chartRoots(paths) {
  const charts = paths.filter((p) => path4.basename(p) === "Chart.yaml").map(dirOf).sort();
  return charts.filter((c) => !charts.some((o) => o !== c && under(c, o)));
}
function kustomizeRoots(listing, charts) {
  const all = [...listing.kustomizations.keys()].filter((d) => !charts.some((c) => under(d, c))).sort();
  const known = new Set(all);
  const referenced = /* @__PURE__ */ new Set();
  for (const [dir, doc] of listing.kustomizations) {
    for (const ref of kustomizationRefs(doc).local) {
      const target = path4.normalize(path4.join(dir || ".", ref.path)).replace(/\/$/, "");
      const t = target === "." ? "" : target;
      if (known.has(t) && t !== dir) referenced.add(t);
    }
  }
  const isComponent = (d) => {
    const doc = listing.kustomizations.get(d);
    return typeof doc === "object" && doc !== null && doc.kind === "Component";
  };
  return { roots: all.filter((d) => !referenced.has(d) && !isComponent(d)), all };
}
function detectEnvironments(listing, globs, isManifest) {
  const charts = chartRoots(listing.paths);
  const { roots, all } = kustomizeRoots(listing, charts);
  const out = [];
  for (const c of charts) out.push({ name: c || ".", source: { kind: "helm", chart: c || ".", values: [], namespace: null, release: releaseName(c || "chart") }, line: null });
  for (const k of roots) out.push({ name: k || ".", source: { kind: "kustomize", path: k || ".", enableHelm: false }, line: null });
  const folders = [.../* @__PURE__ */ new Set([...charts, ...all])].filter((f, _, fs11) => !fs11.some((o) => o !== f && under(f, o))).sort();
  if (folders.includes("")) return out;
  const plain = listing.paths.some((p) => isManifest(p) && !folders.some((f) => under(p, f)));
  if (plain) out.push({ name: "manifests", source: { kind: "manifests", globs: [...globs], exclude: folders.map((f) => `${f}/**`) }, line: null });
  return out;
}
function mergeDetected(base, head) {
  const byName = /* @__PURE__ */ new Map();
  for (const e of [...head, ...base]) {
    const had = byName.get(e.name);
    if (!had) byName.set(e.name, e);
    else if (had.source.kind === "manifests" && e.source.kind === "manifests") {
      byName.set(e.name, { ...had, source: { ...had.source, exclude: [.../* @__PURE__ */ new Set([...had.source.exclude, ...e.source.exclude])].sort() } });
    }
  }
  const order = (e) => e.source.kind === "manifests" ? 1 : 0;
  return [...byName.values()].sort((a, b) => order(a) - order(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// src/render/list-tree.ts
import { promises as fs3 } from "node:fs";
import path5 from "node:path";
var MAX_LISTED = 2e5;
async function listTree2(root) {
  const paths = [];
  const kustomizations = /* @__PURE__ */ new Map();
  const queue = [""];
  while (queue.length && paths.length < MAX_LISTED) {
    const rel = queue.shift();
    const entries = await fs3.readdir(path5.join(root, rel), { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) queue.push(p);
      } else if (e.isFile()) paths.push(p);
    }
    const k = KUSTOMIZATION_FILES.find((n) => entries.some((e) => e.isFile() && e.name === n));
    if (k) {
      const file = rel ? `${rel}/${k}` : k;
      const text = await fs3.readFile(path5.join(root, file), "utf8").catch(() => "");
      kustomizations.set(rel, parseDocuments(file, text).documents[0]?.value ?? null);
    }
  }
  return { paths, kustomizations };
}

// src/render/render-environment.ts
import { promises as fs7 } from "node:fs";
import path9 from "node:path";

// src/environments/split-rendered.ts
var SEPARATOR2 = /^---(\s.*)?$/;
var HELM_SOURCE = /^# Source: (.+)$/;
var ORIGIN_KEY = /^(\s+)config\.kubernetes\.io\/origin: *\|[-+]?\s*$/;
function splitDocs(text) {
  const lines = text.split("\n");
  const docs = [];
  let cur = { lines: [], start: 1, origin: null };
  lines.forEach((line, i) => {
    if (SEPARATOR2.test(line)) {
      docs.push(cur);
      cur = { lines: [], start: i + 2, origin: null };
    } else cur.lines.push(line);
  });
  docs.push(cur);
  return docs.filter((d) => d.lines.some((l) => l.trim() && !l.trimStart().startsWith("#")) || d.lines.some((l) => HELM_SOURCE.test(l)));
}
function helmOrigin(doc, chartFolder) {
  const m = doc.lines.map((l) => HELM_SOURCE.exec(l)).find((x) => x);
  if (!m) return null;
  const rest = m[1].trim().split("/").slice(1);
  if (!rest.length || rest.some((s) => s === ".." || s === "." || s === "")) return null;
  return chartFolder === "." ? rest.join("/") : `${chartFolder}/${rest.join("/")}`;
}
function kustomizeOrigin(doc, toRepoPath) {
  const at = doc.lines.findIndex((l) => ORIGIN_KEY.test(l));
  if (at < 0) return null;
  const indent = ORIGIN_KEY.exec(doc.lines[at])[1].length;
  let end = at + 1;
  let origin = null;
  let configuredIn = null;
  for (; end < doc.lines.length; end++) {
    const l = doc.lines[end];
    if (l.trim() && l.length - l.trimStart().length <= indent) break;
    const m = /^\s*(path|configuredIn): *(.+?)\s*$/.exec(l);
    if (m && m[1] === "path") origin = m[2];
    if (m && m[1] === "configuredIn") configuredIn = m[2];
  }
  for (let i = at; i < end; i++) doc.lines[i] = "";
  const parent = at - 1;
  const next = doc.lines.slice(end).find((l) => l.trim());
  const parentLine = doc.lines[parent];
  if (parentLine !== void 0 && /^\s*annotations:\s*$/.test(parentLine) && (next === void 0 || next.length - next.trimStart().length < indent)) doc.lines[parent] = "";
  const raw = origin ?? configuredIn;
  return raw === null ? null : toRepoPath(raw.replace(/^["']|["']$/g, ""));
}
function splitRendered(text, provenance, fallback) {
  const byFile = /* @__PURE__ */ new Map();
  for (const doc of splitDocs(text.replace(/\r\n/g, "\n"))) {
    const origin = provenance.tool === "helm" ? helmOrigin(doc, provenance.chartFolder) : provenance.tool === "kustomize" ? kustomizeOrigin(doc, provenance.toRepoPath) : null;
    const file = origin ?? fallback;
    let f = byFile.get(file);
    if (!f) byFile.set(file, f = { text: [], line: 1 });
    if (f.line > 1 || doc.start > 1) {
      while (f.line < doc.start - 1) {
        f.text.push("");
        f.line++;
      }
      f.text.push("---");
      f.line++;
    }
    for (const l of doc.lines) f.text.push(l);
    f.line += doc.lines.length;
  }
  return [...byFile.entries()].map(([path13, f]) => ({ path: path13, text: `${f.text.join("\n")}
` }));
}

// src/render/check-kustomization.ts
import { promises as fs5 } from "node:fs";
import path7 from "node:path";

// src/render/find-program.ts
import { constants, promises as fs4 } from "node:fs";
import path6 from "node:path";
function isInside(p, dir) {
  const rel = path6.relative(dir, p);
  return rel === "" || !rel.startsWith("..") && !path6.isAbsolute(rel);
}
async function findProgram(name, pathVar, untrusted) {
  if (!name || name.includes("/") || name.includes("\\") || name === "." || name === "..") return null;
  const roots = await Promise.all(untrusted.map((d) => fs4.realpath(d).catch(() => path6.resolve(d))));
  for (const dir of pathVar.split(path6.delimiter)) {
    if (!dir || !path6.isAbsolute(dir)) continue;
    const candidate = path6.join(dir, name);
    const real = await fs4.realpath(candidate).catch(() => null);
    if (real === null) continue;
    const realDir = await fs4.realpath(dir).catch(() => dir);
    if (roots.some((r) => isInside(real, r) || isInside(realDir, r) || isInside(path6.resolve(dir), r))) continue;
    const ok = await fs4.stat(real).then((s) => s.isFile()).catch(() => false);
    if (!ok) continue;
    if (await fs4.access(real, constants.X_OK).then(() => true, () => false)) return real;
  }
  return null;
}

// src/render/check-kustomization.ts
var MAX_KUSTOMIZATIONS = 500;
async function kind(p) {
  const s = await fs5.stat(p).catch(() => null);
  return s === null ? null : s.isDirectory() ? "dir" : "file";
}
async function kustomizationFile(dir) {
  for (const name of KUSTOMIZATION_FILES) if (await kind(path7.join(dir, name)) === "file") return path7.join(dir, name);
  return null;
}
async function checkKustomization(root, dir, enableHelm) {
  const realRoot = await fs5.realpath(root);
  const rel = (p) => path7.relative(root, p) || ".";
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = [path7.resolve(root, dir)];
  while (queue.length && seen.size < MAX_KUSTOMIZATIONS) {
    const d = queue.shift();
    if (seen.has(d)) continue;
    seen.add(d);
    const file = await kustomizationFile(d);
    if (!file) {
      problems.push(`${rel(d)}/ holds no kustomization (kustomization.yaml)`);
      continue;
    }
    const parsed = parseDocuments(rel(file), await fs5.readFile(file, "utf8"));
    const where = rel(file);
    if (parsed.diagnostics.some((x) => x.severity === "error")) continue;
    const refs = kustomizationRefs(parsed.documents[0]?.value);
    for (const r of refs.remote) problems.push(`${where}: ${r.field} entry "${r.ref}" is remote; flowgate does not let kustomize fetch from the network (vendor it into the repository)`);
    for (const l of refs.local) {
      const target = path7.resolve(d, l.path);
      const real = await fs5.realpath(target).catch(() => null);
      if (real === null) problems.push(`${where}: ${l.field} entry "${l.path}" does not exist (kustomize would try it as a remote repository)`);
      else if (!isInside(real, realRoot)) problems.push(`${where}: ${l.field} entry "${l.path}" leads outside the repository`);
      else if (await kind(real) === "dir") queue.push(target);
    }
    for (const c of refs.charts) {
      if (!enableHelm) continue;
      const home = path7.resolve(d, c.home);
      const vendored = [path7.join(home, c.name), ...c.version ? [path7.join(home, `${c.name}-${c.version}`, c.name)] : []];
      const found = await Promise.all(vendored.map(async (v) => await kind(path7.join(v, "Chart.yaml")) === "file"));
      if (!found.some(Boolean)) problems.push(`${where}: helmCharts chart "${c.name}" is not vendored under ${rel(home)}/ (helm would pull it from the network)`);
    }
  }
  return problems;
}

// src/render/run-tool.ts
import { spawn as spawn2 } from "node:child_process";
var MAX_RENDER_BYTES = 64 * 1024 * 1024;
var MAX_STDERR_CHARS = 4e3;
var RENDER_TIMEOUT_MS = 12e4;
function tail(s) {
  const t = s.trim();
  return t.length > MAX_STDERR_CHARS ? `\u2026${t.slice(-MAX_STDERR_CHARS)}` : t;
}
function runTool(run) {
  const timeoutMs = run.timeoutMs ?? RENDER_TIMEOUT_MS;
  const maxBytes = run.maxBytes ?? MAX_RENDER_BYTES;
  return new Promise((resolve) => {
    const child2 = spawn2(run.program, [...run.args], { cwd: run.cwd, env: { ...run.env }, stdio: ["ignore", "pipe", "pipe"], shell: false });
    const out = [];
    let outBytes = 0;
    let err = "";
    let stopped = null;
    const stop = (why) => {
      if (stopped) return;
      stopped = why;
      child2.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop(`timed out after ${timeoutMs / 1e3} s`), timeoutMs);
    child2.stdout.on("data", (b) => {
      outBytes += b.length;
      if (outBytes > maxBytes) stop(`printed more than ${Math.round(maxBytes / 1024 / 1024)} MiB`);
      else out.push(b);
    });
    child2.stderr.on("data", (b) => {
      if (err.length < 4 * MAX_STDERR_CHARS) err += b.toString("utf8");
      else err = err.slice(-2 * MAX_STDERR_CHARS) + b.toString("utf8");
    });
    child2.on("error", (e) => {
      clearTimeout(timer);
      resolve({ ok: false, error: e.message });
    });
    child2.on("close", (code, signal) => {
      clearTimeout(timer);
      const msg = tail(err);
      if (stopped) resolve({ ok: false, error: `${stopped}${msg ? `: ${msg}` : ""}` });
      else if (code !== 0) resolve({ ok: false, error: `exited with ${code === null ? `signal ${signal}` : `status ${code}`}${msg ? `: ${msg}` : ""}` });
      else resolve({ ok: true, stdout: Buffer.concat(out).toString("utf8"), stderr: msg });
    });
  });
}

// src/render/tools.ts
import { promises as fs6 } from "node:fs";
import path8 from "node:path";
async function findTools(pathVar, untrusted, timeoutMs) {
  const entries = pathVar.split(path8.delimiter).filter((d) => d && path8.isAbsolute(d) && !untrusted.some((u) => isInside(path8.resolve(d), path8.resolve(u))));
  const safePath = entries.join(path8.delimiter);
  const [helm, kustomize, kubectl] = await Promise.all(["helm", "kustomize", "kubectl"].map((n) => findProgram(n, safePath, untrusted)));
  const k = kustomize ? { program: kustomize, args: ["build"] } : kubectl ? { program: kubectl, args: ["kustomize"] } : null;
  return { helm: helm ?? null, kustomize: k, path: safePath, untrusted, ...timeoutMs ? { timeoutMs } : {} };
}
function toolEnv(tools, scratch) {
  return {
    PATH: tools.path,
    HOME: scratch,
    TMPDIR: scratch,
    HELM_CACHE_HOME: path8.join(scratch, "helm-cache"),
    HELM_CONFIG_HOME: path8.join(scratch, "helm-config"),
    HELM_DATA_HOME: path8.join(scratch, "helm-data"),
    KUBECONFIG: path8.join(scratch, "no-kubeconfig"),
    XDG_CONFIG_HOME: path8.join(scratch, "config")
  };
}
async function firstLine2(program, args, tools, scratch, clean) {
  const r = await runTool({ program, args, cwd: scratch, env: toolEnv(tools, scratch), timeoutMs: 2e4, maxBytes: 64 * 1024 });
  if (!r.ok) return `unknown version (${r.error.split("\n")[0]})`;
  return clean(r.stdout.trim()) || "unknown version";
}
async function toolVersions(tools, used, scratch) {
  const out = [];
  await fs6.mkdir(scratch, { recursive: true });
  if (used.helm && tools.helm) out.push(`helm ${await firstLine2(tools.helm, ["version", "--short"], tools, scratch, (s) => s.split("\n")[0].replace(/\+g[0-9a-f]+$/, ""))}`);
  if (used.kustomize && tools.kustomize) {
    const k = tools.kustomize;
    if (k.args[0] === "build") out.push(`kustomize ${await firstLine2(k.program, ["version"], tools, scratch, (s) => s.split("\n")[0].replace(/^\{?Version:/, "").replace(/^kustomize\//, ""))}`);
    else {
      const v = await firstLine2(k.program, ["version", "--client"], tools, scratch, (s) => s);
      const kv = /Kustomize Version: (\S+)/.exec(v)?.[1];
      const cv = /Client Version: (\S+)/.exec(v)?.[1];
      out.push(kv || cv ? `kustomize ${kv ?? "unknown version"} (kubectl ${cv ?? "unknown version"})` : `kubectl kustomize ${v.split("\n")[0]}`);
    }
  }
  return out;
}

// src/render/render-environment.ts
var MAX_CHART_ENTRIES = 2e4;
function fail2(spec, side, file, message) {
  return { files: [], diagnostics: [{ severity: "error", code: "render-failed", file, line: 1, message: `environment ${spec.name} (${side}): ${message}`, side }], absent: false };
}
async function isDir(p) {
  return fs7.stat(p).then((s) => s.isDirectory(), () => false);
}
async function linksOutside(root, dir) {
  const realRoot = await fs7.realpath(root);
  const out = [];
  const queue = [dir];
  let n = 0;
  while (queue.length && n < MAX_CHART_ENTRIES) {
    const d = queue.shift();
    const entries = await fs7.readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      n++;
      const full = path9.join(d, e.name);
      if (e.isDirectory()) queue.push(full);
      else if (e.isSymbolicLink()) {
        const real = await fs7.realpath(full).catch(() => null);
        if (real === null || !isInside(real, realRoot)) out.push(path9.relative(root, full));
      }
    }
  }
  return out;
}
async function renderHelm(c, s) {
  const chart = path9.resolve(c.root, s.chart);
  if (!await isDir(chart)) return { files: [], diagnostics: [], absent: true };
  if (!c.tools.helm) return fail2(c.spec, c.side, `${s.chart}/Chart.yaml`, "helm is not on PATH (install Helm 3 or 4 on the runner)");
  const links = [...await linksOutside(c.root, chart)];
  for (const v of s.values) {
    const real = await fs7.realpath(path9.resolve(c.root, v)).catch(() => null);
    if (real !== null && !isInside(real, await fs7.realpath(c.root))) links.push(v);
  }
  if (links.length) return fail2(c.spec, c.side, links[0], `${links.join(", ")} ${links.length === 1 ? "is a link" : "are links"} to outside the repository; not rendered`);
  const args = ["template", s.release, `./${s.chart}`, ...s.namespace ? ["--namespace", s.namespace] : [], ...s.values.flatMap((v) => ["--values", `./${v}`])];
  const r = await runTool({ program: c.tools.helm, args, cwd: c.root, env: toolEnv(c.tools, c.scratch), ...c.tools.timeoutMs ? { timeoutMs: c.tools.timeoutMs } : {} });
  if (!r.ok) return fail2(c.spec, c.side, `${s.chart}/Chart.yaml`, `helm template failed: ${r.error}`);
  return fromStream(c, r.stdout, `${s.chart}/Chart.yaml`, "helm template", { tool: "helm", chartFolder: s.chart });
}
async function renderKustomize(c, s) {
  const dir = path9.resolve(c.root, s.path);
  if (!await isDir(dir)) return { files: [], diagnostics: [], absent: true };
  const kfile = `${s.path}/kustomization.yaml`;
  if (!c.tools.kustomize) return fail2(c.spec, c.side, kfile, "neither kustomize nor kubectl is on PATH");
  const problems = await checkKustomization(c.root, s.path, s.enableHelm);
  if (problems.length) return fail2(c.spec, c.side, kfile, `not rendered: ${problems.join("; ")}`);
  const wrapper = path9.join(c.scratch, "wrapper");
  await fs7.mkdir(wrapper, { recursive: true });
  const target = path9.relative(wrapper, dir).split(path9.sep).join("/");
  await fs7.writeFile(path9.join(wrapper, "kustomization.yaml"), `resources:
- ${JSON.stringify(target)}
buildMetadata: [originAnnotations]
`);
  const helm = s.enableHelm ? ["--enable-helm", ...c.tools.helm ? ["--helm-command", c.tools.helm] : []] : [];
  const k = c.tools.kustomize;
  const r = await runTool({ program: k.program, args: [...k.args, wrapper, ...helm], cwd: c.root, env: toolEnv(c.tools, c.scratch), ...c.tools.timeoutMs ? { timeoutMs: c.tools.timeoutMs } : {} });
  if (!r.ok) return fail2(c.spec, c.side, kfile, `${k.args[0] === "build" ? "kustomize build" : "kubectl kustomize"} failed: ${r.error.split(wrapper).join("<wrapper>")}`);
  const toRepoPath = (origin) => {
    const abs = path9.resolve(wrapper, origin);
    return isInside(abs, c.root) ? path9.relative(c.root, abs).split(path9.sep).join("/") : null;
  };
  return fromStream(c, r.stdout, kfile, "kustomize", { tool: "kustomize", toRepoPath });
}
async function renderCommand(c, s) {
  const [name, ...args] = s.argv;
  const program = await findProgram(name, c.tools.path, c.tools.untrusted);
  const label = `${name} (command of environment ${c.spec.name})`;
  if (!program) return fail2(c.spec, c.side, label, `${name} is not on PATH (outside the repository: a program in the repository never runs)`);
  const r = await runTool({ program, args, cwd: c.root, env: toolEnv(c.tools, c.scratch), ...c.tools.timeoutMs ? { timeoutMs: c.tools.timeoutMs } : {} });
  if (!r.ok) return fail2(c.spec, c.side, label, `${name} failed: ${r.error}`);
  return fromStream(c, r.stdout, label, name, { tool: "none" });
}
function fromStream(c, stdout, fallback, what, provenance) {
  if (!stdout.trim()) return fail2(c.spec, c.side, fallback, `${what} printed nothing`);
  return { files: splitRendered(stdout, provenance, fallback), diagnostics: [], absent: false };
}
async function readPlain(c, s) {
  const r = await readManifestFiles([c.root], s.globs, c.root);
  const excluded = s.exclude.length ? globMatcher(s.exclude) : () => false;
  return {
    files: r.files.filter((f) => !excluded(f.path)),
    diagnostics: r.skipped.filter((x) => !excluded(x.path)).map((x) => ({ severity: x.severity ?? "error", code: x.code ?? "unreadable-file", file: x.path, line: 1, message: x.reason, side: c.side })),
    absent: false
  };
}
async function renderEnvironment(spec, root, side, tools, scratch) {
  await fs7.mkdir(scratch, { recursive: true });
  const c = { spec, root, side, tools, scratch };
  const s = spec.source;
  switch (s.kind) {
    case "helm":
      return renderHelm(c, s);
    case "kustomize":
      return renderKustomize(c, s);
    case "command":
      return renderCommand(c, s);
    case "manifests":
      return readPlain(c, s);
  }
}

// src/render/render-environments.ts
var CONCURRENCY = 4;
async function pool(jobs, n) {
  const out = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, worker));
  return out;
}
async function detect(req) {
  const match = globMatcher(req.globs);
  const isManifest = (p) => !inSkippedDir(p) && match(p);
  const [base, head] = await Promise.all([listTree2(req.baseRoot), listTree2(req.headRoot)]);
  return mergeDetected(detectEnvironments(base, req.globs, isManifest), detectEnvironments(head, req.globs, isManifest));
}
function folderOf(spec) {
  const s = spec.source;
  return s.kind === "helm" ? s.chart : s.kind === "kustomize" ? s.path : null;
}
async function renderEnvironments(req) {
  if (req.specs && !req.specs.length) return null;
  const detected = req.specs === void 0;
  let specs = req.specs ? [...req.specs] : await detect(req);
  if (detected && !specs.some((s) => s.source.kind !== "manifests")) {
    if (req.only?.length) throw new UserError(`--environment: the rules file names no environments, and neither tree holds a Helm chart or a kustomization`);
    return null;
  }
  if (req.only?.length) {
    const unknown = req.only.filter((n) => !specs.some((s) => s.name === n));
    if (unknown.length) throw new UserError(`--environment ${unknown.join(", ")}: no such environment (${detected ? "detected" : "defined"}: ${specs.map((s) => s.name).join(", ")})`);
    specs = specs.filter((s) => req.only.includes(s.name));
  }
  const scratch = await fs8.mkdtemp(path10.join(os.tmpdir(), "flowgate-render-"));
  try {
    const jobs = specs.flatMap(
      (spec, i) => ["base", "head"].map((side) => () => renderEnvironment(spec, side === "base" ? req.baseRoot : req.headRoot, side, req.tools, path10.join(scratch, `${i}-${side}`)))
    );
    const sides = await pool(jobs, CONCURRENCY);
    const environments = specs.map((spec, i) => {
      const base = sides[2 * i];
      let head = sides[2 * i + 1];
      if (base.absent && head.absent) {
        const folder = folderOf(spec);
        head = { ...head, diagnostics: [{ severity: "error", code: "render-failed", file: folder, line: 1, message: `environment ${spec.name}: ${folder}/ exists on neither side`, side: "head" }] };
      }
      return { spec, base, head };
    });
    const used = { helm: specs.some((s) => s.source.kind === "helm" || s.source.kind === "kustomize" && s.source.enableHelm), kustomize: specs.some((s) => s.source.kind === "kustomize") };
    return { environments, detected, tools: await toolVersions(req.tools, used, path10.join(scratch, "versions")) };
  } finally {
    await fs8.rm(scratch, { recursive: true, force: true });
  }
}

// src/environments/types.ts
function describeSource(s) {
  switch (s.kind) {
    case "kustomize":
      return `kustomize ${s.path}${s.enableHelm ? " (helm: true)" : ""}`;
    case "helm":
      return `helm ${s.chart}${s.values.length ? ` -f ${s.values.join(" -f ")}` : ""}${s.namespace ? ` -n ${s.namespace}` : ""}`;
    case "manifests":
      return `manifests ${s.globs.join(", ")}${s.exclude.length ? ` (not ${s.exclude.join(", ")})` : ""}`;
    case "command":
      return `command ${s.argv.map((a) => /^[\w./:=@%+-]+$/.test(a) ? a : JSON.stringify(a)).join(" ")}`;
  }
}
function pinnedEntry(e) {
  const s = e.source;
  const q = (v) => JSON.stringify(v);
  switch (s.kind) {
    case "kustomize":
      return `{ name: ${q(e.name)}, kustomize: ${q(s.path)}${s.enableHelm ? ", helm: true" : ""} }`;
    case "helm":
      return `{ name: ${q(e.name)}, helm: { chart: ${q(s.chart)}${s.values.length ? `, values: [${s.values.map(q).join(", ")}]` : ""}${s.namespace ? `, namespace: ${s.namespace}` : ""}, release: ${s.release} } }`;
    case "manifests":
      return `{ name: ${q(e.name)}, manifests: [${[...s.globs, ...s.exclude.map((x) => `!${x}`)].map(q).join(", ")}] }`;
    case "command":
      return `{ name: ${q(e.name)}, command: [${s.argv.map(q).join(", ")}] }`;
  }
}

// src/report/render/environments.ts
function renderEnvironmentsText(a) {
  if (a.environments.length === 1 && !a.detected) return renderText(a.environments[0].run) + (a.tools.length ? `Rendered with ${escapeText(a.tools.join(", "))}.
` : "");
  const out = [`flowgate: ${a.exitCode === 0 ? "PASS" : "FAIL"} - ${escapeText(a.reason)}`, ""];
  if (a.detected) out.push("Environments detected (the rules file names none); to pin them, add to the rules file:", "environments:", ...a.environments.map((e) => `  - ${escapeText(pinnedEntry(e.spec))}`), "");
  for (const e of a.environments) out.push(`== environment ${escapeText(e.spec.name)} (${escapeText(describeSource(e.spec.source))}) ==`, renderText(e.run));
  if (a.tools.length) out.push(`Rendered with ${escapeText(a.tools.join(", "))}.`);
  return `${out.join("\n")}
`;
}
function sourceJson(s) {
  return { ...s, text: describeSource(s) };
}
function environmentsJson(a) {
  return environmentsJsonChunks(
    a.environments.map((e) => ({ name: e.spec.name, source: sourceJson(e.spec.source), run: e.run })),
    { counts: a.counts, exitCode: a.exitCode, reason: a.reason, detected: a.detected, tools: a.tools }
  );
}
function* environmentsNdjson(a) {
  for (const e of a.environments) yield* diffNdjsonLines(e.run, e.spec.name);
}
function renderEnvironmentsSarif(a, options = {}) {
  const logs = a.environments.map((e) => ({ name: e.spec.name, log: JSON.parse(renderSarif(e.run, options)) }));
  if (logs.length === 1) return `${JSON.stringify(logs[0].log, null, 2)}
`;
  const runs = logs.flatMap((l) => l.log.runs.map((r) => ({ ...r, automationDetails: { id: `flowgate/${l.name}/` } })));
  return `${JSON.stringify({ ...logs[0].log, runs }, null, 2)}
`;
}

// src/report/render/markdown-environments.ts
var HEADER_ROOM = 6e3;
function detectedNote(a) {
  if (!a.detected) return [];
  const pins = a.environments.map((e) => `  - ${pinnedEntry(e.spec)}`);
  return [
    `_The rules file names no environments, so flowgate detected ${a.environments.length}: Helm charts (default values), kustomizations no other one refers to, and the plain manifests outside them. To pin them (or to choose values files, namespaces and overlays), add to the rules file:_`,
    "",
    "```yaml",
    "environments:",
    ...pins,
    "```",
    ""
  ];
}
function renderEnvironmentsMarkdown(a, options = {}) {
  const max = options.maxChars ?? MAX_COMMENT_CHARS;
  if (a.environments.length === 1 && !a.detected) return renderMarkdown(a.environments[0].run, { ...options, tools: a.tools });
  const pass = a.exitCode === 0;
  const out = [options.marker ?? MARKER2, "### flowgate: network flows changed by this pull request", ""];
  out.push(`**${pass ? "\u2705 Pass" : "\u274C Fail"} \u2014 ${escapeMarkdown(a.reason)}**`, "");
  if (options.rulesNote) out.push(`_${escapeMarkdown(options.rulesNote)}_`, "");
  out.push(...detectedNote(a));
  const changed = a.environments.filter((e) => environmentChanged(e.run));
  const quiet = a.environments.filter((e) => !environmentChanged(e.run));
  if (quiet.length) {
    out.push(`**Unchanged environments (${quiet.length}):**`, "");
    for (const e of quiet) out.push(`- \u2705 ${escapeMarkdown(e.spec.name)} (${escapeMarkdown(describeSource(e.spec.source))}): no flow changed; ${escapeMarkdown(verdict(e.run).text)}`);
    out.push("");
  }
  const share = Math.max(2e3, Math.floor((max - HEADER_ROOM) / Math.max(1, changed.length)));
  for (const e of changed) {
    const section = `### Environment ${escapeMarkdown(e.spec.name)}

_${escapeMarkdown(describeSource(e.spec.source))}_`;
    out.push(renderMarkdown(e.run, { ...options, maxChars: share, section }).trimEnd(), "");
  }
  if (!changed.length) out.push("No environment changed a flow, a violation or an input error.", "");
  out.push(`<sub>${a.environments.length} environment${a.environments.length === 1 ? "" : "s"}, each analysed on its own.${toolsNote(a.tools)}</sub>`);
  return `${out.join("\n")}
`;
}

// src/cli/diff-environments.ts
function parseGitSpec(spec) {
  if (!spec.startsWith("git:")) return null;
  const rest = spec.slice(4);
  const colon = rest.indexOf(":");
  return colon < 0 ? { ref: rest, prefix: "" } : { ref: rest.slice(0, colon), prefix: rest.slice(colon + 1).replace(/^\/+|\/+$/g, "") };
}
async function sideRoot(spec, cwd, scratch, name) {
  const git = parseGitSpec(spec);
  if (git) {
    const dest = path11.join(scratch, name);
    await fs9.mkdir(dest);
    await extractGitTree(git.ref, cwd, dest, git.prefix);
    return dest;
  }
  const abs = path11.resolve(cwd, spec);
  const st = await fs9.stat(abs).catch(() => null);
  return st?.isDirectory() ? abs : null;
}
async function diffEnvironments(req) {
  const specs = req.rules ? parseRulesFile(req.rules.path, req.rules.text).config?.environments ?? void 0 : void 0;
  const scratch = await fs9.mkdtemp(path11.join(os2.tmpdir(), "flowgate-sides-"));
  try {
    const [baseRoot, headRoot] = await Promise.all([sideRoot(req.base, req.cwd, scratch, "base"), sideRoot(req.head, req.cwd, scratch, "head")]);
    if (!baseRoot || !headRoot) {
      if (specs || req.only.length) throw new UserError("environments need BASE and HEAD to be folders or git:REF[:PATH], not single files");
      return null;
    }
    const untrusted = [baseRoot, headRoot, ...[req.base, req.head].some((s) => s.startsWith("git:")) ? [req.cwd] : []];
    const tools = await findTools(req.pathVar, untrusted, req.timeoutMs);
    const rendered = await renderEnvironments({ specs, only: req.only, baseRoot, headRoot, globs: DEFAULT_GLOBS, tools });
    if (!rendered) return null;
    req.log(`environments${rendered.detected ? " (detected)" : ""}: ${rendered.environments.map((e) => e.spec.name).join(", ")}${rendered.tools.length ? `; rendered with ${rendered.tools.join(", ")}` : ""}`);
    return analyzeEnvironments({
      environments: rendered.environments,
      detected: rendered.detected,
      tools: rendered.tools,
      rules: req.rules,
      options: req.options,
      failOn: req.failOn,
      ...req.notAnalysed ? { notAnalysed: req.notAnalysed } : {}
    });
  } finally {
    await fs9.rm(scratch, { recursive: true, force: true });
  }
}
function renderEnvironmentsReport(format, a) {
  if (format === "json") return environmentsJson(a);
  if (format === "ndjson") return environmentsNdjson(a);
  if (format === "sarif") return [renderEnvironmentsSarif(a, { version })];
  return [format === "md" ? renderEnvironmentsMarkdown(a) : renderEnvironmentsText(a)];
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_x, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}
function closest2(word, known) {
  let best = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = k.startsWith(word) && word.length >= 2 ? 0 : distance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}
function unknownOption(arg, specs) {
  const name = arg.replace(/^-+/, "").split("=")[0];
  const guess = closest2(name, Object.keys(specs));
  return new UsageError(`unknown option ${arg.split("=")[0]}${guess ? ` (did you mean --${guess}?)` : ""}`);
}
function parseCommandArgs(args, specs) {
  const options = Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, { type: s.type, ...s.multiple ? { multiple: true } : {} }]));
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (e) {
    const code = e.code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const arg = args.find((a) => a.startsWith("-") && a !== "--" && !(a.replace(/^-+/, "").split("=")[0] in specs)) ?? String(e.message);
      throw unknownOption(arg, specs);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const name = Object.keys(specs).find((k) => e.message.includes(`--${k}`));
      throw new UsageError(name ? `--${name} needs a value${specs[name].value ? ` (${specs[name].value})` : ""}` : e.message);
    }
    throw new UsageError(e.message);
  }
  for (const [k, s] of Object.entries(specs)) {
    const v = parsed.values[k];
    if (s.choices && typeof v === "string" && !s.choices.includes(v)) {
      const guess = closest2(v, s.choices);
      throw new UsageError(`--${k} must be one of ${s.choices.join(", ")}, not "${v}"${guess ? ` (did you mean ${guess}?)` : ""}`);
    }
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
function optionHelp(specs) {
  const rows = Object.entries(specs).map(([k, s]) => {
    const value = s.choices ? ` ${s.choices.join("|")}` : s.value ? ` ${s.value}` : "";
    const flag = `  --${k}${value}${s.multiple ? " (repeatable)" : ""}`;
    return [flag, `${s.help}${s.default !== void 0 ? ` (default: ${s.default})` : ""}`];
  });
  const width = Math.max(...rows.map(([f]) => f.length));
  return rows.map(([f, h]) => `${f.padEnd(width)}  ${h}`);
}

// src/cli/progress.ts
var SILENT = { step: () => {
}, done: () => {
} };
function progressOn(stderr) {
  if (!stderr.isTTY) return SILENT;
  let shown = false;
  return {
    step(message) {
      stderr.write(`\r\x1B[Kflowgate: ${message}\u2026`);
      shown = true;
    },
    done() {
      if (shown) stderr.write("\r\x1B[K");
      shown = false;
    }
  };
}

// src/cli/run.ts
var COMMON = {
  "default-namespace": { type: "string", value: "NS", help: "namespace of objects that name none", default: DEFAULT_OPTIONS.defaultNamespace },
  "pod-cidr": { type: "string", multiple: true, value: "CIDR", help: "a pod CIDR of the cluster: ipBlocks that hold them all match pods too (A-22)", default: "ipBlocks match external addresses only" },
  out: { type: "string", value: "FILE", help: "write the report to FILE", default: "standard output" },
  exposure: { type: "string", choices: ["on", "off"], help: "stand-ins for pods the manifests do not list (issue 11); off: listed workloads only", default: "on, or exposure in the rules file" }
};
var REACH_OPTIONS = {
  format: { type: "string", choices: ["text", "md", "json", "ndjson"], help: "report format (ndjson: one line per flow, streamed)", default: "text" },
  ...COMMON
};
var DIFF_OPTIONS = {
  rules: { type: "string", value: "FILE", help: "the rules file (forbid and require rules)", default: "none: report only" },
  format: { type: "string", choices: ["text", "md", "json", "ndjson", "sarif"], help: "report format (ndjson: one line per changed pair, streamed; sarif: SARIF 2.1.0 for code scanning)", default: "text" },
  "fail-on": { type: "string", choices: ["new", "any", "never"], help: "which rule violations fail (exit 1)", default: "new" },
  environment: { type: "string", multiple: true, value: "NAME", help: "analyse only this environment of the rules file (or a detected one)", default: "all" },
  "render-timeout": { type: "string", value: "SECONDS", help: "time limit of one helm, kustomize or command render", default: "120" },
  "not-analysed": { type: "string", choices: ["warn", "fail"], help: "a policy object that decides traffic but is not analysed (Cilium, Calico, Istio, AdminNetworkPolicy, \u2026): warn, or fail the gate (exit 1)", default: "warn, or notAnalysed in the rules file" },
  ...COMMON
};
var USAGE = `usage:
  flowgate reach PATH... [options]
  flowgate diff BASE HEAD [options]
  flowgate --version | --help`;
var HELP = [
  USAGE,
  "",
  "PATH, BASE and HEAD are files or directories (walked for *.yaml, *.yml, *.json), or git:REF for the",
  "tree of the current repository at REF (git:REF:PATH for one folder of it). diff renders environments",
  "(Helm charts, kustomizations, commands) when the rules file names them under environments:, or when",
  "the trees hold a Helm chart or a kustomization, and analyses each on its own.",
  "",
  "reach options:",
  ...optionHelp(REACH_OPTIONS),
  "",
  "diff options:",
  ...optionHelp(DIFF_OPTIONS),
  "",
  "exit status: 0 no new violation, 1 a rule is violated (or, under --not-analysed fail, a policy object",
  "that decides traffic was not analysed), 2 bad input or usage, 3 internal error (a bug)"
].join("\n");
async function readSide(specs, cwd) {
  const files = [];
  const diagnostics = [];
  for (const spec of specs) {
    let r;
    const git = parseGitSpec(spec);
    if (git) r = stripPrefix(await readGitTree(git.ref, void 0, cwd, git.prefix), git.prefix);
    else r = await readManifestFiles([spec], void 0, cwd);
    files.push(...r.files);
    for (const s of r.skipped) diagnostics.push({ severity: s.severity ?? "error", code: s.code ?? "unreadable-file", file: s.path, line: 1, message: s.reason });
  }
  return { files, diagnostics };
}
function stripPrefix(r, prefix) {
  if (!prefix) return r;
  const cut2 = (p) => p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : p;
  return { files: r.files.map((f) => ({ ...f, path: cut2(f.path) })), skipped: r.skipped.map((s) => ({ ...s, path: cut2(s.path) })) };
}
function renderTimeout(value) {
  if (value === void 0) return void 0;
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0 || s > 3600) throw new UsageError(`--render-timeout must be a number of seconds between 0 and 3600, not "${value}"`);
  return Math.round(s * 1e3);
}
async function emit(io, out, chunks) {
  if (!out) {
    await writeChunks(io.stdout, chunks);
    return;
  }
  await writeChunksToFile(path12.resolve(io.cwd, out), chunks).catch((e) => {
    const why = e.code === "ENOENT" ? `the directory ${path12.dirname(out)} does not exist` : e.code === "EISDIR" ? "it is a directory" : e.code === "EACCES" ? "permission denied" : e.code ?? e.message;
    throw new UserError(`--out ${out}: cannot write the report (${why})`, { cause: e });
  });
}
function hasErrors(diags) {
  return diags.some((d) => d.severity === "error");
}
function printDiagnostics(io, diags) {
  for (const d of diags) io.stderr.write(`${escapeText(d.file)}:${d.line}: ${d.severity}: ${escapeText(d.message)} [${d.code}]
`);
}
function analyzeOptions(values) {
  const podCidrs = (values["pod-cidr"] ?? []).map((text) => {
    const c = parseCidr(text.trim());
    if (!c.ok) throw new UsageError(`--pod-cidr: ${c.error}`);
    return c.range;
  });
  const exposure = values.exposure === void 0 ? {} : { exposure: values.exposure === "on" };
  return { ...DEFAULT_OPTIONS, defaultNamespace: values["default-namespace"] ?? DEFAULT_OPTIONS.defaultNamespace, podCidrs, ...exposure };
}
async function reach(args, io) {
  const { values, positionals } = parseCommandArgs(args, REACH_OPTIONS);
  if (!positionals.length) throw new UsageError("reach needs at least one PATH");
  const format = values.format ?? "text";
  const options = analyzeOptions(values);
  const progress = progressOn(io.stderr);
  const side = await readSide(positionals, io.cwd);
  progress.step(`read ${side.files.length} files; computing reachability`);
  const analysis = analyzeReach({ files: side.files, diagnostics: side.diagnostics, options });
  progress.done();
  const chunks = format === "json" ? reachJsonChunks(analysis) : format === "ndjson" ? reachNdjsonLines(analysis.result) : format === "md" ? reachMarkdownChunks(analysis) : reachTextChunks(analysis);
  const out = values.out;
  await emit(io, out, chunks);
  if ((format === "json" || format === "ndjson") && !out) {
    if (hasErrors(analysis.diagnostics)) printDiagnostics(io, analysis.diagnostics.filter((d) => d.severity === "error"));
  }
  return analysis.exitCode;
}
async function readRules2(file, cwd) {
  if (!file) return null;
  const text = await fs10.readFile(path12.resolve(cwd, file), "utf8").catch((e) => {
    throw new UserError(`--rules ${file}: cannot read the rules file (${e.code ?? e.message})`, { cause: e });
  });
  return { path: file, text };
}
function renderDiff(format, run) {
  if (format === "json") return diffJsonChunks(run);
  if (format === "ndjson") return diffNdjsonLines(run);
  if (format === "sarif") return [renderSarif(run, { version })];
  return [format === "md" ? renderMarkdown(run) : renderText(run)];
}
async function diff(args, io) {
  const { values, positionals } = parseCommandArgs(args, DIFF_OPTIONS);
  if (positionals.length !== 2) throw new UsageError(`diff needs exactly two arguments, BASE and HEAD (got ${positionals.length})`);
  const format = values.format ?? "text";
  const failOn = values["fail-on"] ?? "new";
  const options = analyzeOptions(values);
  const notAnalysed = values["not-analysed"];
  const progress = progressOn(io.stderr);
  const rulesFile = await readRules2(values.rules, io.cwd);
  const envs = await diffEnvironments({
    base: positionals[0],
    head: positionals[1],
    cwd: io.cwd,
    rules: rulesFile,
    only: values.environment ?? [],
    options,
    failOn,
    ...notAnalysed ? { notAnalysed } : {},
    ...values["render-timeout"] !== void 0 ? { timeoutMs: renderTimeout(values["render-timeout"]) } : {},
    pathVar: process.env.PATH ?? "",
    log: (line) => io.stderr.write(`flowgate: ${escapeText(line)}
`)
  });
  if (envs) {
    progress.done();
    await emit(io, values.out, renderEnvironmentsReport(format, envs));
    if (envs.exitCode !== 0) io.stderr.write(`flowgate: ${escapeText(envs.reason)}
`);
    return envs.exitCode;
  }
  const [baseSide, headSide] = await Promise.all(positionals.map((p) => readSide([p], io.cwd)));
  const rules = rulesFile;
  progress.step(`read ${baseSide.files.length} base and ${headSide.files.length} head files; computing both states and the diff`);
  const run = analyzeDiff({
    base: baseSide.files,
    head: headSide.files,
    baseDiagnostics: baseSide.diagnostics,
    headDiagnostics: headSide.diagnostics,
    rules,
    options,
    failOn,
    ...notAnalysed ? { notAnalysed } : {}
  });
  progress.done();
  await emit(io, values.out, renderDiff(format, run));
  if (run.exitCode !== 0) io.stderr.write(`flowgate: ${run.reason}
`);
  return run.exitCode;
}
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "reach":
        return await reach(rest, io);
      case "diff":
        return await diff(rest, io);
      case "-V":
      case "--version":
      case "version":
        io.stdout.write(`flowgate ${version}
`);
        return 0;
      case "-h":
      case "--help":
      case "help":
        io.stdout.write(`${HELP}
`);
        return 0;
      case void 0:
        throw new UsageError("no command given");
      default:
        throw new UsageError(command.startsWith("-") ? `unknown option ${command}` : `unknown command "${command}" (commands: reach, diff)`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`flowgate: ${e.message}
${USAGE}
Run flowgate --help for the options.
`);
      return e.exitCode;
    }
    if (e instanceof UserError) {
      io.stderr.write(`flowgate: ${e.message}
`);
      return e.exitCode;
    }
    throw e;
  }
}

// src/cli/main.ts
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`flowgate: internal error (this is a bug): ${e instanceof Error ? e.stack ?? e.message : String(e)}
`);
    process.exitCode = 3;
  }
);
