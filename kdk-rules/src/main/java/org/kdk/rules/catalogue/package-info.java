/** The SDK's catalogue of named, cited rules, one sub-package per area. */
package org.kdk.rules.catalogue;
