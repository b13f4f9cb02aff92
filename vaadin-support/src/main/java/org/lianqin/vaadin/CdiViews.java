package org.lianqin.vaadin;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Lets CDI create the views, components and the I18N provider (named by the WAR's {@code i18n.provider}
 * context parameter), so that they can {@code @Inject} core's services.
 *
 * <p>Takes the place of vaadin-cdi: Payara deploys an EAR that has an EJB module (core) as one CDI
 * deployment, and vaadin-cdi in two WARs of it reaches from one WAR into the other (its automatic
 * servlet registration and static BeanManager holder break deployment). Vaadin finds this factory in
 * the WAR's WEB-INF/lib. The bean manager is the WAR's own, looked up in its {@code java:comp} while
 * Vaadin starts the WAR's service: {@code CDI.current()} answers with whichever module of the EAR asked
 * first, and then the other WAR's views are "not beans" (seen as a missing no-arg constructor).
 */
public class CdiViews implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        BeanManager beans = beanManager();
        return new DefaultInstantiator(service) {
            @Override
            public <T> T getOrCreate(Class<T> type) {
                Instance<T> bean = beans.createInstance().select(type);
                return bean.isResolvable() ? bean.get() : super.getOrCreate(type);
            }
        };
    }

    private static BeanManager beanManager() {
        try {
            return (BeanManager) new InitialContext().lookup("java:comp/BeanManager");
        } catch (NamingException e) {
            throw new IllegalStateException("No CDI bean manager in this web module", e);
        }
    }
}
