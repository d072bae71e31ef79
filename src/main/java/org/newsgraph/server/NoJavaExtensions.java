package org.newsgraph.server;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Function and property-function registries for the served dataset that know every function Jena
 * registers but refuse {@code java:} IRIs. Jena's own registries load any class a query names as
 * {@code <java:...>} (running its static initialiser), which a public endpoint must not do.
 */
final class NoJavaExtensions {
    private NoJavaExtensions() {
    }

    /** Puts both registries into the context, where query and update execution look first. */
    static void install(Context context) {
        FunctionRegistry.set(context, new Functions());
        PropertyFunctionRegistry.set(context, new PropertyFunctions());
    }

    private static boolean isJava(String uri) {
        return uri.startsWith(ARQConstants.javaClassURIScheme);
    }

    private static final class Functions extends FunctionRegistry {
        @Override
        public FunctionFactory get(String uri) {
            return isJava(uri) ? null : FunctionRegistry.get().get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return !isJava(uri) && FunctionRegistry.get().isRegistered(uri);
        }
    }

    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        @Override
        public PropertyFunctionFactory get(String uri) {
            return isJava(uri) ? null : PropertyFunctionRegistry.get().get(uri);
        }

        @Override
        public boolean manages(String uri) {
            return !isJava(uri) && PropertyFunctionRegistry.get().manages(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return !isJava(uri) && PropertyFunctionRegistry.get().isRegistered(uri);
        }
    }
}
