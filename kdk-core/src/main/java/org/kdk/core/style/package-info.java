/** The shared Immutables style of the SDK's value types. */
package org.kdk.core.style;
